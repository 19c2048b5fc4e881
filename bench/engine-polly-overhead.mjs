// Overhead of @ttskit/engine-polly per request against a local fake Polly
// (h2c on 127.0.0.1, answering at once with 1 s of PCM or the speech marks),
// as a ratio to a bare SDK SynthesizeSpeechCommand call against the same fake,
// in the same run. Each iteration's time counts only what is outside the
// fake's handler: the union of the handler intervals (request body received →
// response ended) that fall in the iteration is subtracted from its wall time.
// Paths alternate order per iteration so neither always meets a warmer session.
import http2 from 'node:http2';
import { PollyClient, SynthesizeSpeechCommand } from '@aws-sdk/client-polly';
import { createSynthesizer } from '@ttskit/core';
import { createPollyEngine } from '@ttskit/engine-polly';
import { formatMs, percentile } from './stats.mjs';

const TEXT =
  'The pipeline overhead of one short request, measured against a local fake Polly.';
const SSML = `<speak>${TEXT}</speak>`;
const PCM = Buffer.alloc(32_000, 1); // 1 s of 16 kHz s16le
const CREDENTIALS = { accessKeyId: 'AKIDFAKE', secretAccessKey: 'fake-secret' };

/** Word speech marks with UTF-8 byte offsets into `text`, 300 ms a word. */
function speechMarksFor(text) {
  const lines = [];
  for (const match of text.matchAll(/[\p{L}\p{N}']+/gu)) {
    const start = Buffer.byteLength(text.slice(0, match.index));
    const end = start + Buffer.byteLength(match[0]);
    lines.push(
      JSON.stringify({
        time: lines.length * 300,
        type: 'word',
        start,
        end,
        value: match[0],
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function startFake() {
  const intervals = [];
  const marks = new Map();
  const server = http2.createServer();
  server.on('stream', (stream) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      const startedAt = performance.now();
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (body.OutputFormat === 'json') {
        if (!marks.has(body.Text)) marks.set(body.Text, speechMarksFor(body.Text));
        stream.respond({ ':status': 200, 'content-type': 'application/x-json-stream' });
        stream.end(marks.get(body.Text));
      } else {
        stream.respond({
          ':status': 200,
          'content-type': 'audio/pcm',
          'x-amzn-requestcharacters': '80',
        });
        stream.end(PCM);
      }
      intervals.push([startedAt, performance.now()]);
    });
  });
  const sessions = new Set();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    /** Time inside the handler between `from` and `to` (overlapping requests counted once). */
    handlerTime(from, to) {
      const inside = intervals
        .filter(([start, end]) => end > from && start < to)
        .map(([start, end]) => [Math.max(start, from), Math.min(end, to)])
        .sort((left, right) => left[0] - right[0]);
      let total = 0;
      let reach = from;
      for (const [start, end] of inside) {
        if (end <= reach) continue;
        total += end - Math.max(start, reach);
        reach = end;
      }
      return total;
    },
    close: () => {
      for (const session of sessions) session.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

function bareCall(client) {
  return async () => {
    const output = await client.send(
      new SynthesizeSpeechCommand({
        Engine: 'neural',
        OutputFormat: 'pcm',
        SampleRate: '16000',
        Text: SSML,
        TextType: 'ssml',
        VoiceId: 'Joanna',
      }),
    );
    const bytes = await output.AudioStream.transformToByteArray();
    if (bytes.byteLength !== PCM.byteLength) throw new Error('bare call: short audio');
  };
}

async function measure({ fake, paths, iterations }) {
  const times = Object.fromEntries(Object.keys(paths).map((name) => [name, []]));
  const names = Object.keys(paths);
  for (let index = -30; index < iterations; index++) {
    const order = index % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const startedAt = performance.now();
      await paths[name]();
      const endedAt = performance.now();
      const outside = endedAt - startedAt - fake.handlerTime(startedAt, endedAt);
      if (index >= 0) times[name].push(outside);
    }
  }
  return times;
}

export async function runPollyOverhead({ iterations = 300 } = {}) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const fake = await startFake();
  const base = {
    region: 'us-east-1',
    endpoint: fake.url,
    credentials: CREDENTIALS,
    maxAttempts: 1,
  };
  // configured as the engine configures its own (the SDK's default transport)
  const client = new PollyClient(base);
  const settings = { region: 'us-east-1', baseURL: fake.url, credentials: CREDENTIALS };
  const polly = createPollyEngine(settings);
  const quiet = createPollyEngine({ ...settings, speechMarks: false });
  const tts = createSynthesizer({
    engine: polly('Joanna'),
    memoryCache: false,
    precompile: false,
  });
  const call = { input: SSML, inputType: 'ssml', format: 'pcm' };
  const paths = {
    'bare SDK SynthesizeSpeechCommand (baseline)': bareCall(client),
    'bare SDK, 2 calls in parallel (audio + marks shape)': async () => {
      await Promise.all([bareCall(client)(), bareCall(client)()]);
    },
    'engine.doSynthesize, speechMarks: false (1 request)': () =>
      quiet('Joanna').doSynthesize(call),
    'engine.doSynthesize (audio + speech marks, 2 requests)': () =>
      polly('Joanna').doSynthesize(call),
    'synthesizer.synthesize({ text, format: pcm }), no cache': () =>
      tts.synthesize({ text: TEXT, format: 'pcm', cache: false }),
  };

  let times;
  try {
    times = await measure({ fake, paths, iterations });
  } finally {
    await tts.dispose();
    await polly.dispose();
    await quiet.dispose();
    client.destroy();
    await fake.close();
  }
  const baseline = times['bare SDK SynthesizeSpeechCommand (baseline)'];
  const twoRequests = times['bare SDK, 2 calls in parallel (audio + marks shape)'];
  const p50 = (samples) => percentile(samples, 0.5);
  const rows = Object.entries(times).map(([run, samples]) => {
    // a path making the audio and speech-marks requests also against 2 bare calls
    const sameShape = /2 requests|synthesizer|2 calls/.test(run) ? twoRequests : baseline;
    return {
      run,
      p50: formatMs(p50(samples)),
      p90: formatMs(percentile(samples, 0.9)),
      'p50 ratio': (p50(samples) / p50(baseline)).toFixed(2),
      'p90 ratio': (percentile(samples, 0.9) / percentile(baseline, 0.9)).toFixed(2),
      'p50 vs bare, same requests': (p50(samples) / p50(sameShape)).toFixed(2),
    };
  });
  console.log(
    `\n## Polly engine overhead per request (time outside the fake's handler, ${iterations} requests each, fake on 127.0.0.1 over h2c)`,
  );
  console.table(rows);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await runPollyOverhead();
