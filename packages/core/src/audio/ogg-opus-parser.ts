import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { readAscii } from './read-ascii';

/** What {@link parseOggOpus} found in an Ogg Opus stream. */
export type OggOpusInfo = {
  channels: number;
  /** Sample rate of the audio before encoding, from OpusHead (0 when unspecified). */
  inputSampleRate: number;
  /** Samples at 48 kHz (Opus' decoding rate) once the pre-skip is removed. */
  sampleCount: number;
  durationMs: number;
};

/**
 * Reads the duration of an Ogg Opus stream: the granule position of the last page, minus the
 * pre-skip from the OpusHead packet, at 48 kHz.
 *
 * @throws InvalidArgumentError when the bytes do not start with an Ogg page carrying OpusHead.
 */
export function parseOggOpus(bytes: Uint8Array): OggOpusInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const firstPage = readPage({ bytes, view, offset: 0 });
  if (
    firstPage === undefined ||
    readAscii({ bytes, offset: firstPage.bodyOffset, length: 8 }) !== 'OpusHead'
  ) {
    throw new InvalidArgumentError({
      message:
        'Invalid Ogg Opus: the stream does not start with an Ogg page holding OpusHead.',
      argument: 'bytes',
    });
  }
  const channels = bytes[firstPage.bodyOffset + 9]!;
  const preSkip = view.getUint16(firstPage.bodyOffset + 10, true);
  const inputSampleRate = view.getUint32(firstPage.bodyOffset + 12, true);
  let lastGranule = 0;
  let offset = 0;
  for (
    let page: OggPage | undefined = firstPage;
    page !== undefined;
    page = readPage({ bytes, view, offset })
  ) {
    if (page.granulePosition >= 0) lastGranule = page.granulePosition;
    offset = page.nextOffset;
  }
  const sampleCount = Math.max(0, lastGranule - preSkip);
  return { channels, inputSampleRate, sampleCount, durationMs: sampleCount / 48 };
}

type OggPage = { bodyOffset: number; nextOffset: number; granulePosition: number };

function readPage(options: {
  bytes: Uint8Array;
  view: DataView;
  offset: number;
}): OggPage | undefined {
  const { bytes, view, offset } = options;
  if (offset + 27 > bytes.length || readAscii({ bytes, offset, length: 4 }) !== 'OggS')
    return undefined;
  const segmentCount = bytes[offset + 26]!;
  const bodyOffset = offset + 27 + segmentCount;
  if (bodyOffset > bytes.length) return undefined;
  let bodyLength = 0;
  for (let segment = 0; segment < segmentCount; segment += 1)
    bodyLength += bytes[offset + 27 + segment]!;
  if (bodyOffset + bodyLength > bytes.length) return undefined;
  const low = view.getUint32(offset + 6, true);
  const high = view.getInt32(offset + 10, true);
  // -1 (all bits set) means "no packet ends on this page".
  const granulePosition = high === -1 && low === 0xffffffff ? -1 : high * 2 ** 32 + low;
  return { bodyOffset, nextOffset: bodyOffset + bodyLength, granulePosition };
}
