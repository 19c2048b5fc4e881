import { UnsupportedFeatureError } from '../spec/errors/unsupported-feature-error';

/** The part of wasm-media-encoders' LAME encoder that ttskit uses. */
export type LameEncoder = {
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

/**
 * A new LAME instance (the WASM build of `wasm-media-encoders`, about 780 KB
 * of JS with the module inlined, imported on first use only so importing
 * `@ttskit/core` stays cheap).
 *
 * @throws UnsupportedFeatureError when the encoder cannot be loaded.
 */
export async function createLameEncoder(): Promise<LameEncoder> {
  try {
    const module = await import('wasm-media-encoders');
    return (await module.createMp3Encoder()) as LameEncoder;
  } catch (error) {
    throw new UnsupportedFeatureError({
      message: `The MP3 encoder (wasm-media-encoders) could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      feature: 'mp3-encoding',
      cause: error,
    });
  }
}

/** Feeds s16 samples to a configured encoder; returns the MP3 bytes it gave back (copied). */
export function encodeSamples(encoder: LameEncoder, samples: Int16Array): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  const block = new Float32Array(blockLength);
  for (let start = 0; start < samples.length; start += blockLength) {
    const length = Math.min(blockLength, samples.length - start);
    for (let index = 0; index < length; index += 1) {
      block[index] = (samples[start + index] as number) / 32_768;
    }
    // the bytes live in WASM memory and are overwritten by the next call
    pieces.push(encoder.encode([block.subarray(0, length)]).slice());
  }
  return pieces;
}

export function concatenateBytes(chunks: readonly Uint8Array[]): Uint8Array {
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
