// Overhead of @ttskit/engine-speechify per request against a local fake of
// Speechify's POST /v1/audio/speech (WAV + speech marks, base64 in JSON), as
// a ratio to a bare fetch of the same endpoint with the same body against
// the same fake, in the same run. "Overhead" is client time minus the time
// the request spent in the fake's handler (first byte in to last byte out),
// so the fake's own work cancels out. Three clients:
//   - bare: fetch + response.json() (the baseline);
//   - engine: speechify('george').doSynthesize() — SSML filter, request,
//     base64 and WAV decoding, speech marks to words;
//   - synthesizer: createSynthesizer({ engine }).synthesize() with caches
//     off — core's lowering, queue, retries wrapper and WAV encoding on top.
import { createServer } from 'node:http';
import { createSynthesizer, encodeWav } from '@ttskit/core';
import { createSpeechifyEngine } from '@ttskit/engine-speechify';
import { formatMs, percentile } from './stats.mjs';

const SAMPLE_RATE = 24_000;

/** Deterministic answer per input: 60 ms of tone per character, marks per word. */
function answerFor(input) {
  const text = input.replace(/<[^>]*>/g, '');
  const chunks = [];
  let time = 125;
  for (const match of text.matchAll(/\S+/g)) {
    const duration = match[0].length * 60;
    chunks.push({
      type: 'word',
      value: match[0],
      start: match.index,
      end: match.index + match[0].length,
      start_time: time,
      end_time: time + duration,
    });
    time += duration + 40;
  }
  const samples = new Int16Array(Math.ceil((time / 1000) * SAMPLE_RATE));
  for (let index = 0; index < samples.length; index++)
    samples[index] = Math.round(4000 * Math.sin(index / 9));
  return JSON.stringify({
    audio_data: Buffer.from(encodeWav({ samples, sampleRate: SAMPLE_RATE })).toString(
      'base64',
    ),
    audio_format: 'wav',
    billable_characters_count: text.length,
    speech_marks: {
      type: 'sentence',
      start: 0,
      end: text.length,
      start_time: 0,
      end_time: time,
      value: text,
      chunks,
    },
  });
}

async function startFake() {
  const answers = new Map();
  const handlerMs = [];
  const server = createServer((request, response) => {
    const startedAt = performance.now();
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      let answer = answers.get(body.input);
      if (answer === undefined) {
        answer = answerFor(body.input);
        answers.set(body.input, answer);
      }
      response.on('finish', () => handlerMs.push(performance.now() - startedAt));
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(answer),
      });
      response.end(answer);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseURL: `http://127.0.0.1:${server.address().port}`,
    handlerMs,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/** Client time minus the handler time of the one request it made. */
async function overheadOf(fake, run) {
  const before = fake.handlerMs.length;
  const startedAt = performance.now();
  await run();
  const total = performance.now() - startedAt;
  while (fake.handlerMs.length === before)
    await new Promise((resolve) => setImmediate(resolve));
  return total - fake.handlerMs[before];
}

export async function runSpeechifyOverhead({ requests = 200 } = {}) {
  const fake = await startFake();
  const speechify = createSpeechifyEngine({ apiKey: 'bench-key', baseURL: fake.baseURL });
  const engine = speechify('george');
  const synthesizer = createSynthesizer({
    engine,
    memoryCache: false,
    precompile: false,
  });
  const sentence = 'The quick brown fox jumps over the lazy dog, then naps in the sun.';
  const scenarios = [
    { name: 'sentence', label: '1 sentence (66 chars, 4 s of audio)', text: sentence },
    {
      name: 'paragraph',
      label: '1 paragraph (1,900 chars, 2 min of audio)',
      text: Array.from({ length: 28 }, () => sentence)
        .join(' ')
        .slice(0, 1_900),
    },
  ];
  const rows = [];
  const ratios = [];
  try {
    for (const scenario of scenarios) {
      const ssml = `<speak>${scenario.text}</speak>`;
      const body = JSON.stringify({
        input: ssml,
        voice_id: 'george',
        audio_format: 'wav',
      });
      const clients = {
        bare: async () => {
          const response = await fetch(`${fake.baseURL}/v1/audio/speech`, {
            method: 'POST',
            headers: {
              authorization: 'Bearer bench-key',
              'content-type': 'application/json',
              accept: 'application/json',
            },
            body,
          });
          await response.json();
        },
        engine: () =>
          engine.doSynthesize({ input: ssml, inputType: 'ssml', format: 'pcm' }),
        synthesizer: () =>
          synthesizer.synthesize({ text: scenario.text, format: 'wav', cache: false }),
      };
      const times = { bare: [], engine: [], synthesizer: [] };
      const names = Object.keys(clients);
      const runs = scenario.name === 'paragraph' ? Math.max(20, requests / 4) : requests;
      for (let index = -10; index < runs; index++) {
        // rotate the order so no client always meets the warmest socket
        for (let turn = 0; turn < names.length; turn++) {
          const name = names[(index + 30 + turn) % names.length];
          const overhead = await overheadOf(fake, clients[name]);
          if (index >= 0) times[name].push(overhead);
        }
      }
      for (const name of names)
        rows.push({
          run: `${name === 'bare' ? 'bare fetch (baseline)' : name}, ${scenario.label}`,
          p50: formatMs(percentile(times[name], 0.5)),
          p90: formatMs(percentile(times[name], 0.9)),
        });
      const ratio = (name) =>
        (percentile(times[name], 0.5) / percentile(times.bare, 0.5)).toFixed(2);
      ratios.push(
        `${scenario.name} (${runs} requests each): engine ${ratio('engine')}, synthesizer ${ratio('synthesizer')}`,
      );
    }
  } finally {
    await fake.close();
  }
  console.log(
    '\n## Speechify engine overhead per request (time outside the fake handler)',
  );
  console.table(rows);
  console.log(`p50 overhead / bare fetch overhead: ${ratios.join('; ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runSpeechifyOverhead();
