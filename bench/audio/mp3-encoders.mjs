// MP3 encoder candidates for @ttskit/core, measured in one process on the same input.
//
//   cd bench/audio && npm install && node mp3-encoders.mjs [--runs 5] [--seconds 60]
//
// Input: `seconds` of 22,050 Hz mono s16 speech-like signal (a glottal-pulse-like harmonic
// series with a gliding pitch, three formant-weighted bands, syllable envelopes, pauses and a
// little noise), encoded at 64 kbps CBR. Every candidate runs once to warm up, then the
// candidates take turns (round-robin, so machine noise hits all of them alike) for `runs`
// rounds. We print the median encode time, the real-time factor (audio seconds per
// second of encoding) and the ratio to @breezystack/lamejs. Then each candidate encodes 2 s
// at every rate ttskit feeds MP3 (16,000 / 22,050 / 24,000 / 44,100 / 48,000 Hz) and the
// output is checked by parsing its MPEG audio frame headers.
//
// Not measured, and why:
// - lamejs 1.2.1: throws `MPEGMode is not defined` when imported in Node (perf-anchors.md).
// - @rocket.chat/mp3-encoder: a web-worker script (`self.onmessage = ...`), exports nothing.
// - lame, @flat/lame, node-lame: native addons or a wrapper around a `lame` binary; ttskit
//   core must install without a compiler or system packages.

import { performance } from 'node:perf_hooks';

const argumentValue = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const runs = argumentValue('runs', 5);
const seconds = argumentValue('seconds', 60);
const sampleRate = 22_050;
const bitrateKbps = 64;

function createSpeechLikeSignal({ rate, durationSeconds }) {
  const length = Math.round(rate * durationSeconds);
  const samples = new Int16Array(length);
  let seed = 12345;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x7fffffff - 0.5;
  };
  let phase = 0;
  for (let index = 0; index < length; index += 1) {
    const time = index / rate;
    const pitch =
      120 +
      35 * Math.sin(2 * Math.PI * 0.7 * time) +
      15 * Math.sin(2 * Math.PI * 3.1 * time);
    phase += (2 * Math.PI * pitch) / rate;
    let voiced = 0;
    for (let harmonic = 1; harmonic <= 24; harmonic += 1) {
      const frequency = pitch * harmonic;
      if (frequency > rate / 2 - 500) break;
      const formants =
        Math.exp(-(((frequency - 700) / 250) ** 2)) +
        0.6 * Math.exp(-(((frequency - 1_200) / 300) ** 2)) +
        0.3 * Math.exp(-(((frequency - 2_600) / 400) ** 2));
      voiced += ((0.15 + formants) / harmonic) * Math.sin(harmonic * phase);
    }
    const syllable = Math.max(0, Math.sin(2 * Math.PI * 4 * time)) ** 0.7;
    const inPause = time % 3.5 > 3.0 ? 0 : 1;
    const value = inPause * (syllable * voiced * 0.5 + 0.02 * random());
    samples[index] = Math.max(-32_768, Math.min(32_767, Math.round(value * 20_000)));
  }
  return samples;
}

function int16ToFloat32(samples) {
  const result = new Float32Array(samples.length);
  for (let index = 0; index < samples.length; index += 1)
    result[index] = samples[index] / 32_768;
  return result;
}

function concatenate(chunks) {
  let total = 0;
  for (const chunk of chunks) total += chunk.length;
  const result = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}

const candidates = [
  {
    name: '@breezystack/lamejs',
    licence: 'LGPL-3.0 (pure JS port of LAME)',
    async load() {
      const { Mp3Encoder } = await import('@breezystack/lamejs');
      return ({ samples, rate, kbps }) => {
        const encoder = new Mp3Encoder(1, rate, kbps);
        const chunks = [];
        for (let offset = 0; offset < samples.length; offset += 1_152) {
          const chunk = encoder.encodeBuffer(samples.subarray(offset, offset + 1_152));
          if (chunk.length > 0) chunks.push(new Uint8Array(chunk));
        }
        chunks.push(new Uint8Array(encoder.flush()));
        return concatenate(chunks);
      };
    },
  },
  {
    name: 'wasm-media-encoders',
    licence: 'MIT wrapper around LAME compiled to WASM (LAME itself is LGPL-2.0)',
    async load() {
      const { createMp3Encoder } = await import('wasm-media-encoders');
      const encoder = await createMp3Encoder();
      return ({ samples, rate, kbps }) => {
        encoder.configure({ sampleRate: rate, channels: 1, bitrate: kbps });
        const floats = int16ToFloat32(samples);
        const chunks = [];
        const blockLength = 65_536;
        for (let offset = 0; offset < floats.length; offset += blockLength) {
          chunks.push(
            encoder.encode([floats.subarray(offset, offset + blockLength)]).slice(),
          );
        }
        chunks.push(encoder.finalize().slice());
        return concatenate(chunks);
      };
    },
  },
  {
    name: '@mediabunny/mp3-encoder',
    licence: 'MPL-2.0 (LAME WASM in a worker thread, driven through mediabunny)',
    async load() {
      const mediabunny = await import('mediabunny');
      const { registerMp3Encoder } = await import('@mediabunny/mp3-encoder');
      registerMp3Encoder();
      return async ({ samples, rate, kbps }) => {
        const target = new mediabunny.BufferTarget();
        const output = new mediabunny.Output({
          format: new mediabunny.Mp3OutputFormat(),
          target,
        });
        const source = new mediabunny.AudioSampleSource({
          codec: 'mp3',
          bitrate: kbps * 1_000,
        });
        output.addAudioTrack(source);
        await output.start();
        const sample = new mediabunny.AudioSample({
          data: samples,
          format: 's16',
          numberOfChannels: 1,
          sampleRate: rate,
          timestamp: 0,
        });
        await source.add(sample);
        sample.close();
        await output.finalize();
        return new Uint8Array(target.buffer);
      };
    },
  },
  {
    // What ttskit ships (wasm-media-encoders behind encodeMp3); needs `npm run build` and
    // encodeMp3 exported from packages/core/src/index.ts, skipped otherwise.
    name: '@ttskit/core encodeMp3',
    licence: 'MIT (uses wasm-media-encoders)',
    async load() {
      const { encodeMp3 } = await import('@ttskit/core');
      if (typeof encodeMp3 !== 'function')
        throw new Error('encodeMp3 is not exported yet');
      return ({ samples, rate, kbps }) =>
        encodeMp3({ samples, sampleRate: rate, bitrateKbps: kbps });
    },
  },
];

// MPEG audio frame header parsing, just enough to validate the output.
const bitrates = {
  1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const rates = {
  3: [44_100, 48_000, 32_000],
  2: [22_050, 24_000, 16_000],
  0: [11_025, 12_000, 8_000],
};

function parseFrames(bytes) {
  let offset = 0;
  if (bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) {
    offset = 10 + ((bytes[6] << 21) | (bytes[7] << 14) | (bytes[8] << 7) | bytes[9]);
  }
  let frames = 0;
  let samplesTotal = 0;
  let frameRate = 0;
  while (offset + 4 <= bytes.length) {
    const header =
      (bytes[offset] << 24) |
      (bytes[offset + 1] << 16) |
      (bytes[offset + 2] << 8) |
      bytes[offset + 3];
    if (header >>> 21 !== 0x7ff) return { error: `no sync at byte ${offset}`, frames };
    const version = (header >>> 19) & 3;
    const layer = (header >>> 17) & 3;
    const bitrateIndex = (header >>> 12) & 15;
    const rateIndex = (header >>> 10) & 3;
    const padding = (header >>> 9) & 1;
    if (version === 1 || layer !== 1 || bitrateIndex === 15 || rateIndex === 3) {
      return { error: `bad header at byte ${offset}`, frames };
    }
    const rate = rates[version][rateIndex];
    const bitrate = bitrates[version === 3 ? 1 : 2][bitrateIndex] * 1_000;
    const samplesPerFrame = version === 3 ? 1_152 : 576;
    const size = Math.floor(((samplesPerFrame / 8) * bitrate) / rate) + padding;
    frames += 1;
    samplesTotal += samplesPerFrame;
    frameRate = rate;
    offset += size;
  }
  return {
    frames,
    rate: frameRate,
    durationSeconds: samplesTotal / frameRate,
    trailing: bytes.length - offset,
  };
}

const median = (values) =>
  [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)];

async function main() {
  const input = createSpeechLikeSignal({ rate: sampleRate, durationSeconds: seconds });
  console.log(
    `Node ${process.version}; input ${seconds} s, ${sampleRate} Hz mono s16, ${bitrateKbps} kbps CBR; ${runs} rounds`,
  );
  const loaded = [];
  for (const candidate of candidates) {
    try {
      const loadStart = performance.now();
      const encode = await candidate.load();
      const loadMs = performance.now() - loadStart;
      await encode({ samples: input, rate: sampleRate, kbps: bitrateKbps });
      loaded.push({ ...candidate, encode, loadMs, times: [], bytes: 0 });
    } catch (error) {
      console.log(`${candidate.name}: skipped (${error?.message ?? error})`);
    }
  }
  for (let round = 0; round < runs; round += 1) {
    for (const candidate of loaded) {
      const start = performance.now();
      const bytes = await candidate.encode({
        samples: input,
        rate: sampleRate,
        kbps: bitrateKbps,
      });
      candidate.times.push(performance.now() - start);
      candidate.bytes = bytes.length;
    }
  }
  const baseline = loaded.find((candidate) => candidate.name === '@breezystack/lamejs');
  const baselineMs = baseline ? median(baseline.times) : Number.NaN;
  console.log(
    '\n| encoder | load ms | median ms | spread | × real time | vs lamejs | bytes |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const candidate of loaded) {
    const middle = median(candidate.times);
    const spread =
      (Math.max(...candidate.times) - Math.min(...candidate.times)) / 2 / middle;
    console.log(
      `| ${candidate.name} | ${candidate.loadMs.toFixed(0)} | ${middle.toFixed(0)} | ±${(spread * 100).toFixed(0)}% | ${((seconds * 1_000) / middle).toFixed(0)}× | ${(baselineMs / middle).toFixed(2)} | ${candidate.bytes} |`,
    );
  }
  console.log('\nValidation: 2 s input per rate, frames parsed from the output');
  for (const candidate of loaded) {
    const results = [];
    for (const rate of [16_000, 22_050, 24_000, 44_100, 48_000]) {
      const kbps = rate <= 24_000 ? 64 : 128;
      const bytes = await candidate.encode({
        samples: createSpeechLikeSignal({ rate, durationSeconds: 2 }),
        rate,
        kbps,
      });
      const parsed = parseFrames(bytes);
      results.push(
        parsed.error
          ? `${rate}: ${parsed.error}`
          : `${rate}: ${parsed.frames} frames @${parsed.rate} Hz, ${(parsed.durationSeconds * 1_000).toFixed(0)} ms`,
      );
    }
    console.log(`${candidate.name}\n  ${results.join('\n  ')}`);
  }
  // mediabunny keeps a worker thread alive.
  process.exit(0);
}

await main();
