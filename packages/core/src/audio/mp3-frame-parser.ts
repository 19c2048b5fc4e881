import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { readMp3InfoTag } from './mp3-info-tag';
import { readAscii } from './read-ascii';

/** What {@link parseMp3Frames} found in an MP3 stream. */
export type Mp3StreamInfo = {
  /** Audio frames (a Xing/Info/LAME header frame is not counted). */
  frameCount: number;
  sampleRate: number;
  channels: 1 | 2;
  /** 1152 for MPEG-1 Layer III, 576 for MPEG-2 and 2.5. */
  samplesPerFrame: number;
  /** Decoded length: frames × samples per frame, minus LAME's encoder delay and padding when a LAME/Lavc tag states them. */
  sampleCount: number;
  durationMs: number;
  /** Encoder delay and end padding from a LAME/Lavc tag, when present. */
  encoderDelay?: number;
  encoderPadding?: number;
  /** Bytes that were not part of a frame or tag (junk skipped while resynchronizing). */
  skippedBytes: number;
};

/** One MPEG audio Layer III frame header. */
export type Mp3FrameHeader = {
  version: 1 | 2 | 2.5;
  sampleRate: number;
  bitrateKbps: number;
  channels: 1 | 2;
  samplesPerFrame: number;
  /** Whole frame in bytes, header included. */
  frameBytes: number;
};

const sampleRates: Record<number, readonly number[]> = {
  3: [44_100, 48_000, 32_000],
  2: [22_050, 24_000, 16_000],
  0: [11_025, 12_000, 8_000],
};
const mpeg1Bitrates = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const mpeg2Bitrates = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];

/**
 * Reads the Layer III frame header at `offset`, or returns undefined when the four bytes
 * there are not one (no 0xFFE sync, reserved fields, free-format bitrate, other layers).
 */
export function readMp3FrameHeader(options: {
  bytes: Uint8Array;
  offset: number;
}): Mp3FrameHeader | undefined {
  const { bytes, offset } = options;
  if (offset + 4 > bytes.length || bytes[offset] !== 0xff) return undefined;
  const second = bytes[offset + 1]!;
  const third = bytes[offset + 2]!;
  const fourth = bytes[offset + 3]!;
  const versionBits = (second >> 3) & 0x03;
  const layerBits = (second >> 1) & 0x03;
  const bitrateIndex = third >> 4;
  const rateIndex = (third >> 2) & 0x03;
  if ((second & 0xe0) !== 0xe0 || versionBits === 1 || layerBits !== 1) return undefined;
  if (bitrateIndex === 0 || bitrateIndex === 15 || rateIndex === 3) return undefined;
  const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 2.5;
  const sampleRate = sampleRates[versionBits]![rateIndex]!;
  const bitrateKbps = (version === 1 ? mpeg1Bitrates : mpeg2Bitrates)[bitrateIndex]!;
  const samplesPerFrame = version === 1 ? 1_152 : 576;
  const padding = (third >> 1) & 0x01;
  const frameBytes =
    Math.floor((samplesPerFrame / 8) * ((bitrateKbps * 1_000) / sampleRate)) + padding;
  const channels = fourth >> 6 === 3 ? 1 : 2;
  return { version, sampleRate, bitrateKbps, channels, samplesPerFrame, frameBytes };
}

/**
 * Walks the frames of an MP3 stream (skipping an ID3v2 tag at the start, an ID3v1 tag at the
 * end and any junk between frames) and computes its length from the frame headers.
 *
 * @throws InvalidArgumentError when no MPEG audio Layer III frame is found.
 */
export function parseMp3Frames(bytes: Uint8Array): Mp3StreamInfo {
  let offset = id3v2Length(bytes);
  let end = bytes.length;
  if (end - offset >= 128 && readAscii({ bytes, offset: end - 128, length: 3 }) === 'TAG')
    end -= 128;
  let first: Mp3FrameHeader | undefined;
  let frameCount = 0;
  let skippedBytes = 0;
  let tag: { delay: number; padding: number } | 'none' | undefined;
  while (offset + 4 <= end) {
    const header = readMp3FrameHeader({ bytes, offset });
    if (header === undefined || offset + header.frameBytes > end) {
      offset += 1;
      skippedBytes += 1;
      continue;
    }
    if (first === undefined) {
      first = header;
      tag = readMp3InfoTag({ bytes, offset, header });
      if (tag !== 'none') {
        offset += header.frameBytes;
        continue;
      }
    }
    frameCount += 1;
    offset += header.frameBytes;
  }
  if (first === undefined) {
    throw new InvalidArgumentError({
      message: 'Invalid MP3: no MPEG audio Layer III frame found.',
      argument: 'bytes',
    });
  }
  skippedBytes += Math.max(0, end - offset);
  const trimmed = tag !== undefined && tag !== 'none' ? tag : undefined;
  const total = frameCount * first.samplesPerFrame;
  const sampleCount = Math.max(
    0,
    total - (trimmed ? trimmed.delay + trimmed.padding : 0),
  );
  return {
    frameCount,
    sampleRate: first.sampleRate,
    channels: first.channels,
    samplesPerFrame: first.samplesPerFrame,
    sampleCount,
    durationMs: (sampleCount * 1_000) / first.sampleRate,
    ...(trimmed ? { encoderDelay: trimmed.delay, encoderPadding: trimmed.padding } : {}),
    skippedBytes,
  };
}

function id3v2Length(bytes: Uint8Array): number {
  if (bytes.length < 10 || readAscii({ bytes, offset: 0, length: 3 }) !== 'ID3') return 0;
  const size = (bytes[6]! << 21) | (bytes[7]! << 14) | (bytes[8]! << 7) | bytes[9]!;
  const footer = bytes[5]! & 0x10 ? 10 : 0;
  return Math.min(bytes.length, 10 + size + footer);
}
