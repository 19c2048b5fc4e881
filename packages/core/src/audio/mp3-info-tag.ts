import type { Mp3FrameHeader } from './mp3-frame-parser';
import { readAscii } from './read-ascii';

/**
 * Looks for a Xing/Info header in the first frame of a stream (at the end of the side
 * information). Such a frame carries no audio. When a LAME (or ffmpeg Lavc) extension
 * follows it, bytes 21–23 of that extension hold 12 bits of encoder delay and 12 bits of end
 * padding.
 *
 * @returns 'none' when the frame is an audio frame, undefined for a Xing/Info frame without
 *   delay and padding, or the delay and padding in samples.
 */
export function readMp3InfoTag(options: {
  bytes: Uint8Array;
  offset: number;
  header: Mp3FrameHeader;
}): { delay: number; padding: number } | 'none' | undefined {
  const { bytes, offset, header } = options;
  const sideInformation =
    header.version === 1
      ? header.channels === 1
        ? 17
        : 32
      : header.channels === 1
        ? 9
        : 17;
  const xingOffset = offset + 4 + sideInformation;
  const marker = readAscii({ bytes, offset: xingOffset, length: 4 });
  if (marker !== 'Xing' && marker !== 'Info') return 'none';
  const flags = bytes[xingOffset + 7]!;
  const extension =
    xingOffset +
    8 +
    (flags & 1 ? 4 : 0) +
    (flags & 2 ? 4 : 0) +
    (flags & 4 ? 100 : 0) +
    (flags & 8 ? 4 : 0);
  const encoder = readAscii({ bytes, offset: extension, length: 4 });
  if (
    (encoder !== 'LAME' && encoder !== 'Lavc' && encoder !== 'Lavf') ||
    extension + 24 > bytes.length
  ) {
    return undefined;
  }
  const packed =
    (bytes[extension + 21]! << 16) |
    (bytes[extension + 22]! << 8) |
    bytes[extension + 23]!;
  return { delay: packed >> 12, padding: packed & 0xfff };
}
