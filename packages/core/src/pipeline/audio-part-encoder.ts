import { Mp3StreamEncoder } from '../audio/mp3-stream-encoder';
import { pcmToBytes } from '../audio/pcm-bytes';
import { streamingWavHeader } from '../audio/streaming-wav-header';
import type { OutputFormat } from './synthesis-request';

/**
 * Encodes consecutive pieces of one audio stream in a format that can be
 * played while it arrives: `pcm` as is, `wav` as one streaming header then
 * PCM, `mp3` as the frames of one continuous encoder (`finish()` flushes
 * the last ones).
 */
export class AudioPartEncoder {
  private headerSent = false;
  private chain: Promise<unknown> = Promise.resolve();

  private readonly mp3 = new Mp3StreamEncoder();

  constructor(private readonly format: OutputFormat) {}

  /** Bytes for the next piece; pieces resolve in the order they were given. */
  encode(samples: Int16Array, sampleRate: number): Promise<Uint8Array> {
    const encoded = this.chain.then(async () => {
      if (this.format === 'mp3') return this.mp3.encode(samples, sampleRate);
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

  /** Bytes that end the stream (the last MP3 frames); empty for PCM and WAV. */
  finish(): Promise<Uint8Array> {
    const finished = this.chain.then(() =>
      this.format === 'mp3' ? this.mp3.finish() : new Uint8Array(0),
    );
    this.chain = finished.catch(() => undefined);
    return finished;
  }
}
