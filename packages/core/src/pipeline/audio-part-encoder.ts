import { encodeMp3 } from '../audio/mp3-encoder';
import { pcmToBytes } from '../audio/pcm-bytes';
import { streamingWavHeader } from '../audio/streaming-wav-header';
import type { OutputFormat } from './synthesis-request';

/**
 * Encodes consecutive pieces of one audio stream in a format that can be
 * played while it arrives: `pcm` as is, `wav` as one streaming header then
 * PCM, `mp3` as frames per piece (LAME adds its encoder delay to each piece,
 * about 50 ms of silence, which falls in the pause between pieces).
 */
export class AudioPartEncoder {
  private headerSent = false;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(private readonly format: OutputFormat) {}

  /** Bytes for the next piece; pieces resolve in the order they were given. */
  encode(samples: Int16Array, sampleRate: number): Promise<Uint8Array> {
    const encoded = this.chain.then(async () => {
      if (this.format === 'mp3') return encodeMp3({ samples, sampleRate });
      const bytes = pcmToBytes(samples);
      if (this.format !== 'wav' || this.headerSent) return bytes;
      this.headerSent = true;
      const header = streamingWavHeader(sampleRate);
      const joined = new Uint8Array(header.length + bytes.length);
      joined.set(header);
      joined.set(bytes, header.length);
      return joined;
    });
    this.chain = encoded.catch(() => undefined);
    return encoded;
  }
}
