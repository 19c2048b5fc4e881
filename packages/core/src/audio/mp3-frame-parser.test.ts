import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { encodeMp3 } from './mp3-encoder';
import { parseMp3Frames, readMp3FrameHeader } from './mp3-frame-parser';
import { createSine } from './test-signals';

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url))),
  );

const concatenate = (...parts: Uint8Array[]) => {
  const result = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
};

describe('readMp3FrameHeader', () => {
  it('reads MPEG-2 Layer III mono 22,050 Hz 64 kbps', () => {
    const header = readMp3FrameHeader({
      bytes: Uint8Array.from([0xff, 0xf3, 0x80, 0xc4]),
      offset: 0,
    });
    expect(header).toEqual({
      version: 2,
      sampleRate: 22_050,
      bitrateKbps: 64,
      channels: 1,
      samplesPerFrame: 576,
      frameBytes: 208,
    });
  });

  it('reads MPEG-1 44,100 Hz 128 kbps stereo with padding', () => {
    const header = readMp3FrameHeader({
      bytes: Uint8Array.from([0xff, 0xfb, 0x92, 0x00]),
      offset: 0,
    });
    expect(header).toMatchObject({
      version: 1,
      sampleRate: 44_100,
      bitrateKbps: 128,
      channels: 2,
      frameBytes: 418,
    });
  });

  it.each([
    ['no sync', [0xfe, 0xf3, 0x80, 0xc4]],
    ['reserved version', [0xff, 0xeb, 0x80, 0xc4]],
    ['layer II', [0xff, 0xf5, 0x80, 0xc4]],
    ['free-format bitrate', [0xff, 0xf3, 0x00, 0xc4]],
    ['bad bitrate', [0xff, 0xf3, 0xf0, 0xc4]],
    ['reserved rate', [0xff, 0xf3, 0x8c, 0xc4]],
    ['truncated', [0xff, 0xf3]],
  ])('rejects %s', (_name, bytes) => {
    expect(
      readMp3FrameHeader({ bytes: Uint8Array.from(bytes), offset: 0 }),
    ).toBeUndefined();
  });
});

describe('parseMp3Frames', () => {
  it('uses the LAME tag of lame 3.100 output to give the exact gapless length', () => {
    // `lame -b 64 -m m` of 0.3 s at 22,050 Hz (6,615 samples); mpg123 decodes 6,615 samples.
    const info = parseMp3Frames(fixture('lame-3.100-info-tag-6615-samples.mp3'));
    expect(info).toMatchObject({
      sampleRate: 22_050,
      channels: 1,
      samplesPerFrame: 576,
      encoderDelay: 576,
      sampleCount: 6_615,
      skippedBytes: 0,
    });
    expect(info.durationMs).toBeCloseTo(300, 6);
    // The Info frame carries no audio: 3,133 bytes = 15 frames of 208/209 bytes.
    expect(info.frameCount).toBe(14);
  });

  it('counts the frames of encodeMp3 output', async () => {
    const samples = createSine({
      frequency: 440,
      sampleRate: 24_000,
      durationSeconds: 1,
    });
    const bytes = await encodeMp3({ samples, sampleRate: 24_000 });
    const info = parseMp3Frames(bytes);
    expect(info.frameCount * 576).toBeGreaterThanOrEqual(24_000 + 1_105);
    expect(info.frameCount * 576).toBeLessThan(24_000 + 1_105 + 576);
    expect(info.sampleCount).toBe(info.frameCount * 576);
    expect(info.durationMs).toBe((info.frameCount * 576) / 24);
    expect(info.encoderDelay).toBeUndefined();
  });

  it('skips ID3v2 and ID3v1 tags and junk between frames', async () => {
    const samples = createSine({
      frequency: 440,
      sampleRate: 16_000,
      durationSeconds: 0.5,
    });
    const bytes = await encodeMp3({ samples, sampleRate: 16_000 });
    const plain = parseMp3Frames(bytes);
    const id3v2 = concatenate(
      Uint8Array.from([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 20]),
      new Uint8Array(20),
    );
    const id3v1 = concatenate(
      new TextEncoder().encode('TAG'),
      new Uint8Array(125).fill(0xff),
    );
    const firstFrame = readMp3FrameHeader({ bytes, offset: 0 })!.frameBytes;
    const junk = Uint8Array.from([0x00, 0xff, 0x12, 0x34, 0x56]);
    const tagged = concatenate(
      id3v2,
      bytes.subarray(0, firstFrame),
      junk,
      bytes.subarray(firstFrame),
      id3v1,
    );
    const info = parseMp3Frames(tagged);
    expect(info.frameCount).toBe(plain.frameCount);
    expect(info.skippedBytes).toBe(junk.length);
  });

  it('throws InvalidArgumentError when there is no frame', () => {
    expect(() => parseMp3Frames(new TextEncoder().encode('RIFF....WAVEfmt '))).toThrow(
      InvalidArgumentError,
    );
    expect(() => parseMp3Frames(new Uint8Array(0))).toThrow(
      /no MPEG audio Layer III frame/,
    );
  });
});
