// Google engine overhead per request, against a local fake of the REST API
// on 127.0.0.1 in this process. For every request the fake records how long
// its own handler ran (request body read → response written); what is left
// of the caller's wall time is the client side: HTTP, JSON, base64, and for
// ttskit the engine (request building, WAV decoding) and the pipeline
// (parsing, lowering, request key, queue, retries wrapper, WAV encoding).
// Baseline: a bare `fetch` of the same body with the same client (Node's
// fetch), JSON parsed and audio base64-decoded, in the same run, interleaved.
import { createServer } from 'node:http';
import { createSynthesizer, encodeWav } from '@ttskit/core';
import { createGoogleEngine } from '@ttskit/engine-google';
import { bookWords } from './corpus.mjs';
import { formatMs, percentile } from './stats.mjs';

const VOICE = 'en-US-Neural2-F';
const API_KEY = 'bench-key';

/** The fake answers every synthesis with WAV audio of 8 ms per input character. */
async function startFake() {
  const handlerMs = [];
  const responses = new Map();
  const responseFor = (characters) => {
    const key = Math.round(characters / 100);
    if (!responses.has(key)) {
      const samples = new Int16Array(Math.max(1, key * 100 * 8 * 24));
      for (let index = 0; index < samples.length; index++)
        samples[index] = Math.round(
          6000 * Math.sin((2 * Math.PI * 220 * index) / 24_000),
        );
      const audioContent = Buffer.from(
        encodeWav({ samples, sampleRate: 24_000 }),
      ).toString('base64');
      responses.set(key, JSON.stringify({ audioContent, timepoints: [] }));
    }
    return responses.get(key);
  };
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const startedAt = performance.now();
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const input = body.input.ssml ?? body.input.text;
      response.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' });
      response.end(responseFor(input.length));
      handlerMs.push(performance.now() - startedAt);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    handlerMs,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `count` different SSML inputs of about `words` words each, with a mark. */
function inputs({ count, words }) {
  const all = bookWords(count * words + 1_000).split(' ');
  return Array.from({ length: count }, (_, index) => {
    const text = all.slice(index * 7, index * 7 + words).join(' ');
    return `<speak><p>${escapeXml(text)} <mark name="end"/></p></speak>`;
  });
}

async function measureScenario({ fake, label, ssmlInputs, rounds }) {
  const google = createGoogleEngine({ apiKey: API_KEY, baseURL: fake.url });
  const engine = google(VOICE);
  const tts = createSynthesizer({ engine, memoryCache: false, precompile: false });
  const bareBody = (ssml) =>
    JSON.stringify({
      input: { ssml },
      voice: { languageCode: 'en-US', name: VOICE },
      audioConfig: { audioEncoding: 'LINEAR16' },
      enableTimePointing: ['SSML_MARK'],
    });
  const runs = {
    bare: async (ssml) => {
      const response = await fetch(`${fake.url}/v1beta1/text:synthesize`, {
        method: 'POST',
        headers: {
          'x-goog-api-key': API_KEY,
          'content-type': 'application/json; charset=utf-8',
        },
        body: bareBody(ssml),
      });
      const json = await response.json();
      return Buffer.from(json.audioContent, 'base64').byteLength;
    },
    engine: async (ssml) =>
      (await engine.doSynthesize({ input: ssml, inputType: 'ssml', format: 'pcm' })).audio
        .samples.length,
    pipeline: async (ssml) =>
      (await tts.synthesize({ ssml, format: 'wav' })).audio.byteLength,
  };
  const outside = { bare: [], engine: [], pipeline: [] };
  const names = Object.keys(runs);
  for (let round = -10; round < rounds; round++) {
    const ssml = ssmlInputs[(round + ssmlInputs.length) % ssmlInputs.length];
    // rotate the order so no run always meets a warmer connection
    for (let offset = 0; offset < names.length; offset++) {
      const name = names[(round + 10 + offset) % names.length];
      const handled = fake.handlerMs.length;
      const startedAt = performance.now();
      await runs[name](ssml);
      const elapsed = performance.now() - startedAt;
      const handler = fake.handlerMs
        .slice(handled)
        .reduce((sum, value) => sum + value, 0);
      if (round >= 0) outside[name].push(elapsed - handler);
    }
  }
  const row = (run, name) => ({
    scenario: label,
    run,
    'outside handler p50': formatMs(percentile(outside[name], 0.5)),
    'outside handler p90': formatMs(percentile(outside[name], 0.9)),
    'ratio p50': (percentile(outside[name], 0.5) / percentile(outside.bare, 0.5)).toFixed(
      2,
    ),
  });
  return {
    rows: [
      row('bare fetch + JSON + base64 (baseline)', 'bare'),
      row('engine.doSynthesize (pcm)', 'engine'),
      row('synthesizer.synthesize (wav, no cache)', 'pipeline'),
    ],
    ratios: {
      engine: percentile(outside.engine, 0.5) / percentile(outside.bare, 0.5),
      pipeline: percentile(outside.pipeline, 0.5) / percentile(outside.bare, 0.5),
    },
  };
}

export async function runGoogleOverhead({ rounds = 200 } = {}) {
  const fake = await startFake();
  try {
    const sentence = await measureScenario({
      fake,
      label: 'sentence (~25 words, ~1.3 s audio)',
      ssmlInputs: inputs({ count: 50, words: 25 }),
      rounds,
    });
    const paragraph = await measureScenario({
      fake,
      label: 'paragraph (~300 words, ~14 s audio)',
      ssmlInputs: inputs({ count: 20, words: 300 }),
      rounds: Math.max(20, Math.floor(rounds / 4)),
    });
    console.log(
      '\n## Google engine overhead per request against a local REST fake (time outside the fake handler)',
    );
    console.table([...sentence.rows, ...paragraph.rows]);
    return { sentence: sentence.ratios, paragraph: paragraph.ratios };
  } finally {
    await fake.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runGoogleOverhead();
