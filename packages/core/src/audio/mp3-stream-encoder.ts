import {
  concatenateBytes,
  createLameEncoder,
  encodeSamples,
  type LameEncoder,
} from './lame-encoder';
import {
  defaultMp3Bitrate,
  MP3_SAMPLE_RATES,
  nearestMp3SampleRate,
} from './mp3-sample-rates';
import { resamplePcm } from './resample-pcm';

/**
 * One MP3 stream encoded piece by piece with its own LAME instance: pieces
 * join without the encoder delay and frame padding a fresh encode adds to
 * each, so a long stream stays exactly as long as its PCM. `finish()`
 * flushes the last frames.
 */
export class Mp3StreamEncoder {
  private encoder: LameEncoder | undefined;
  private inputRate = 0;
  private outputRate = 0;

  private async start(sampleRate: number): Promise<LameEncoder> {
    if (this.encoder) return this.encoder;
    const encoder = await createLameEncoder();
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
    const pieces = encodeSamples(encoder, input);
    return concatenateBytes(pieces);
  }

  /** The last frames; the encoder cannot be used afterwards. */
  finish(): Uint8Array {
    const last = this.encoder?.finalize().slice() ?? new Uint8Array(0);
    this.encoder = undefined;
    return last;
  }
}
