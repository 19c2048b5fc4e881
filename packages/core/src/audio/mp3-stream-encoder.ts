import { UnsupportedFeatureError } from '../spec/errors/unsupported-feature-error';
import {
  defaultMp3Bitrate,
  MP3_SAMPLE_RATES,
  nearestMp3SampleRate,
} from './mp3-sample-rates';
import { resamplePcm } from './resample-pcm';

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

const blockLength = 16_384;

/**
 * One MP3 stream encoded piece by piece with its own LAME instance: pieces
 * join without the encoder delay and frame padding a fresh encode adds to
 * each, so a long stream stays exactly as long as its PCM. `finish()`
 * flushes the last frames.
 */
export class Mp3StreamEncoder {
  private encoder: WasmMp3Encoder | undefined;
  private inputRate = 0;
  private outputRate = 0;

  private async start(sampleRate: number): Promise<WasmMp3Encoder> {
    if (this.encoder) return this.encoder;
    const module = await import('wasm-media-encoders').catch((error: unknown) => {
      throw new UnsupportedFeatureError({
        message: `The MP3 encoder (wasm-media-encoders) could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        feature: 'mp3-encoding',
        cause: error,
      });
    });
    const encoder = (await module.createMp3Encoder()) as WasmMp3Encoder;
    this.inputRate = sampleRate;
    this.outputRate = nearestMp3SampleRate(sampleRate);
    encoder.configure({
      channels: 1,
      sampleRate: this.outputRate,
      bitrate: defaultMp3Bitrate(this.outputRate),
      outputSampleRate: this.outputRate,
    });
    this.encoder = encoder;
    return encoder;
  }

  /** MP3 frames for the next piece (possibly none yet: LAME buffers a little). */
  async encode(samples: Int16Array, sampleRate: number): Promise<Uint8Array> {
    const encoder = await this.start(sampleRate);
    const rate = this.inputRate;
    const input =
      sampleRate !== rate
        ? resamplePcm({ samples, fromRate: sampleRate, toRate: this.outputRate })
        : (MP3_SAMPLE_RATES as readonly number[]).includes(rate)
          ? samples
          : resamplePcm({ samples, fromRate: rate, toRate: this.outputRate });
    const pieces: Uint8Array[] = [];
    const block = new Float32Array(blockLength);
    for (let start = 0; start < input.length; start += blockLength) {
      const length = Math.min(blockLength, input.length - start);
      for (let index = 0; index < length; index++)
        block[index] = (input[start + index] as number) / 32_768;
      // the bytes live in WASM memory and are overwritten by the next call
      pieces.push(encoder.encode([block.subarray(0, length)]).slice());
    }
    return Buffer.concat(pieces);
  }

  /** The last frames; the encoder cannot be used afterwards. */
  finish(): Uint8Array {
    const last = this.encoder?.finalize().slice() ?? new Uint8Array(0);
    this.encoder = undefined;
    return last;
  }
}
