import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { UnsupportedFeatureError } from '../spec/errors/unsupported-feature-error';
import { readAscii } from './read-ascii';
import { parseWavFormatChunk, type WavFormat } from './wav-format-chunk';

/** Where the audio of a WAV file is and how it is stored. */
export type WavLayout = {
  format: WavFormat;
  /** Byte offset of the first sample, from the start of the file. */
  dataOffset: number;
  /** Bytes of audio (whole frames only). */
  dataLength: number;
};

/**
 * Walks the RIFF chunks of a WAV (or RF64) file and finds `fmt ` and `data`. Chunks it does
 * not need (LIST, fact, bext, ds64, ...) are skipped, honouring the pad byte after odd-sized
 * chunks. A `data` size that is 0, 0xFFFFFFFF or larger than what is left (streaming writers
 * such as `espeak-ng --stdout` leave a placeholder) means "the rest of the file".
 *
 * @throws InvalidArgumentError saying what is wrong when the file is not a usable WAV.
 */
export function readWavLayout(bytes: Uint8Array): WavLayout {
  if (bytes.length < 12) {
    throw invalid(
      `${bytes.length} bytes is too short for a RIFF/WAVE header (12 bytes).`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const riff = readAscii({ bytes, offset: 0, length: 4 });
  if (riff === 'RIFX' || riff === 'FFIR') {
    throw new UnsupportedFeatureError({
      message: 'Big-endian WAV (RIFX) is not supported.',
      feature: 'wav-big-endian',
    });
  }
  if (riff !== 'RIFF' && riff !== 'RF64') {
    throw invalid(`expected 'RIFF' at byte 0, found ${JSON.stringify(riff)}.`);
  }
  const wave = readAscii({ bytes, offset: 8, length: 4 });
  if (wave !== 'WAVE') {
    throw invalid(`expected 'WAVE' at byte 8, found ${JSON.stringify(wave)}.`);
  }
  let format: WavFormat | undefined;
  let data: { offset: number; length: number } | undefined;
  let offset = 12;
  while (offset + 8 <= bytes.length && (format === undefined || data === undefined)) {
    const id = readAscii({ bytes, offset, length: 4 });
    const size = view.getUint32(offset + 4, true);
    const bodyOffset = offset + 8;
    const remaining = bytes.length - bodyOffset;
    if (id === 'data') {
      const placeholder = size === 0 || size === 0xffffffff || size > remaining;
      data = { offset: bodyOffset, length: placeholder ? remaining : size };
      if (placeholder) break;
    } else if (size > remaining) {
      throw invalid(
        `chunk '${id}' at byte ${offset} declares ${size} bytes but only ${remaining} remain.`,
      );
    } else if (id === 'fmt ') {
      format = parseWavFormatChunk({ view, offset: bodyOffset, size });
    }
    offset = nextChunkOffset({ bytes, end: bodyOffset + size });
  }
  if (format === undefined) {
    throw invalid(
      data === undefined
        ? "no 'fmt ' chunk found."
        : "no 'fmt ' chunk before a 'data' chunk whose size is unknown.",
    );
  }
  if (data === undefined) throw invalid("no 'data' chunk found.");
  const frames = Math.floor(data.length / format.blockAlign);
  return { format, dataOffset: data.offset, dataLength: frames * format.blockAlign };
}

/**
 * RIFF pads odd-sized chunks with one byte. Some writers forget to; when the padded position
 * does not start with a printable chunk id but the unpadded one does, trust the latter.
 */
function nextChunkOffset(options: { bytes: Uint8Array; end: number }): number {
  const { bytes, end } = options;
  if (end % 2 === 0 || end + 9 > bytes.length) return end + (end % 2);
  if (!isChunkId({ bytes, offset: end + 1 }) && isChunkId({ bytes, offset: end }))
    return end;
  return end + 1;
}

function isChunkId(options: { bytes: Uint8Array; offset: number }): boolean {
  for (let index = 0; index < 4; index += 1) {
    const code = options.bytes[options.offset + index];
    if (code === undefined || code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

function invalid(reason: string): InvalidArgumentError {
  return new InvalidArgumentError({
    message: `Invalid WAV: ${reason}`,
    argument: 'bytes',
  });
}
