import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { UnsupportedFeatureError } from '../spec/errors/unsupported-feature-error';
import {
  assertMp3Bitrate,
  defaultMp3Bitrate,
  MP3_SAMPLE_RATES,
  nearestMp3SampleRate,
} from './mp3-sample-rates';
import { resamplePcm } from './resample-pcm';
import { assertSampleRate } from './sample-rate';

/** The part of wasm-media-encoders' encoder that ttskit uses. */
type WasmMp3Encoder = {
  configure(options: {
    channels: 1;
    sampleRate: number;
    bitrate: number;
    outputSampleRate: number;
  }): void;
  encode(samples: Float32Array[]): Uint8Array;
  finalize(): Uint8Array;
};

/** Samples converted to float and handed to the WASM encoder at a time. */
const blockLength = 16_384;

let encoderPromise: Promise<WasmMp3Encoder> | undefined;

/**
 * Loads LAME (WASM build from `wasm-media-encoders`, about 780 KB of JS with the module
 * inlined) on first use only, so importing `@ttskit/core` stays cheap. The instance is
 * reused: one encode runs synchronously from `configure` to `finalize`, so calls never
 * interleave.
 */
function loadEncoder(): Promise<WasmMp3Encoder> {
  encoderPromise ??= import('wasm-media-encoders')
    .then((module) => module.createMp3Encoder() as Promise<WasmMp3Encoder>)
    .catch((error: unknown) => {
      encoderPromise = undefined;
      throw new UnsupportedFeatureError({
        message: `The MP3 encoder (wasm-media-encoders) could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        feature: 'mp3-encoding',
        cause: error,
      });
    });
  return encoderPromise;
}

/**
 * Encodes s16 mono PCM as constant-bitrate MP3 (LAME 3.100, no ID3 or Xing tag). MP3 only
 * allows {@link MP3_SAMPLE_RATES}; any other `sampleRate` is resampled to the nearest of them
 * first (see {@link nearestMp3SampleRate}). The stream starts with LAME's usual 1,105-sample
 * delay and is padded to a whole frame.
 *
 * @param options.bitrateKbps constant bitrate; defaults to 64 up to 24 kHz and 128 above.
 * @throws InvalidArgumentError for a bad sample rate or a bitrate the MP3 rate cannot carry.
 */
export async function encodeMp3(options: {
  samples: Int16Array;
  sampleRate: number;
  bitrateKbps?: number;
}): Promise<Uint8Array> {
  const { samples, sampleRate } = options;
  if (!(samples instanceof Int16Array)) {
    throw new InvalidArgumentError({
      message: 'samples must be an Int16Array of s16 PCM.',
      argument: 'samples',
    });
  }
  assertSampleRate({ sampleRate, argument: 'sampleRate' });
  const outputRate = nearestMp3SampleRate(sampleRate);
  const bitrateKbps = options.bitrateKbps ?? defaultMp3Bitrate(outputRate);
  assertMp3Bitrate({ bitrateKbps, sampleRate: outputRate });
  const input = (MP3_SAMPLE_RATES as readonly number[]).includes(sampleRate)
    ? samples
    : resamplePcm({ samples, fromRate: sampleRate, toRate: outputRate });

  const encoder = await loadEncoder();
  encoder.configure({
    channels: 1,
    sampleRate: outputRate,
    bitrate: bitrateKbps,
    outputSampleRate: outputRate,
  });
  const chunks: Uint8Array[] = [];
  const block = new Float32Array(blockLength);
  for (let start = 0; start < input.length; start += blockLength) {
    const length = Math.min(blockLength, input.length - start);
    for (let index = 0; index < length; index += 1) {
      block[index] = input[start + index]! / 32_768;
    }
    // The returned bytes live in WASM memory and are overwritten by the next call.
    chunks.push(encoder.encode([block.subarray(0, length)]).slice());
  }
  chunks.push(encoder.finalize().slice());
  return concatenateBytes(chunks);
}

function concatenateBytes(chunks: Uint8Array[]): Uint8Array {
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
