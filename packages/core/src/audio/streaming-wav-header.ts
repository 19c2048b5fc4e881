import { encodeWav, WAV_HEADER_BYTES } from './wav-encoder';

/**
 * A WAV header for audio whose length is not known yet (a stream): the RIFF
 * and data sizes are 0xFFFFFFFF, the convention players, sox and ffmpeg
 * read as "until the end of the stream". s16 mono PCM bytes follow.
 */
export function streamingWavHeader(sampleRate: number): Uint8Array {
  const header = encodeWav({ samples: new Int16Array(0), sampleRate }).slice(
    0,
    WAV_HEADER_BYTES,
  );
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  view.setUint32(4, 0xffffffff, true);
  view.setUint32(WAV_HEADER_BYTES - 4, 0xffffffff, true);
  return header;
}
