import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { parseOggOpus } from './ogg-opus-parser';

/** One Ogg page holding one packet (CRC left at zero: the parser does not check it). */
function oggPage(options: { body: Uint8Array; granule: bigint }): Uint8Array {
  const segments: number[] = [];
  let remaining = options.body.length;
  while (remaining >= 255) {
    segments.push(255);
    remaining -= 255;
  }
  segments.push(remaining);
  const page = new Uint8Array(27 + segments.length + options.body.length);
  const view = new DataView(page.buffer);
  page.set(new TextEncoder().encode('OggS'), 0);
  view.setBigInt64(6, options.granule, true);
  page[26] = segments.length;
  page.set(segments, 27);
  page.set(options.body, 27 + segments.length);
  return page;
}

function opusHead(options: {
  channels: number;
  preSkip: number;
  inputSampleRate: number;
}) {
  const body = new Uint8Array(19);
  const view = new DataView(body.buffer);
  body.set(new TextEncoder().encode('OpusHead'), 0);
  body[8] = 1;
  body[9] = options.channels;
  view.setUint16(10, options.preSkip, true);
  view.setUint32(12, options.inputSampleRate, true);
  return body;
}

const join = (pages: Uint8Array[]) => {
  const result = new Uint8Array(pages.reduce((total, page) => total + page.length, 0));
  let offset = 0;
  for (const page of pages) {
    result.set(page, offset);
    offset += page.length;
  }
  return result;
};

describe('parseOggOpus', () => {
  it('reads opusenc output: 0.3 s after the 312-sample pre-skip', () => {
    const bytes = new Uint8Array(
      readFileSync(
        fileURLToPath(
          new URL('./__fixtures__/opusenc-300ms-22050.opus', import.meta.url),
        ),
      ),
    );
    const info = parseOggOpus(bytes);
    expect(info.channels).toBe(1);
    expect(info.inputSampleRate).toBe(22_050);
    expect(info.durationMs).toBeCloseTo(300, 0);
  });

  it('uses the last granule position, skips pages with none, and subtracts the pre-skip', () => {
    const bytes = join([
      oggPage({
        body: opusHead({ channels: 2, preSkip: 312, inputSampleRate: 48_000 }),
        granule: 0n,
      }),
      oggPage({ body: new TextEncoder().encode('OpusTags'), granule: 0n }),
      oggPage({ body: new Uint8Array(300), granule: 24_312n }),
      oggPage({ body: new Uint8Array(20), granule: 48_312n }),
      oggPage({ body: new Uint8Array(10), granule: -1n }),
    ]);
    expect(parseOggOpus(bytes)).toEqual({
      channels: 2,
      inputSampleRate: 48_000,
      sampleCount: 48_000,
      durationMs: 1_000,
    });
  });

  it('ignores a truncated last page', () => {
    const whole = join([
      oggPage({
        body: opusHead({ channels: 1, preSkip: 0, inputSampleRate: 0 }),
        granule: 0n,
      }),
      oggPage({ body: new Uint8Array(10), granule: 4_800n }),
      oggPage({ body: new Uint8Array(10), granule: 9_600n }),
    ]);
    expect(parseOggOpus(whole.subarray(0, whole.length - 3)).durationMs).toBe(100);
  });

  it('rejects streams that are not Ogg Opus', () => {
    expect(() => parseOggOpus(new Uint8Array(40))).toThrow(InvalidArgumentError);
    const vorbis = oggPage({
      body: new TextEncoder().encode('\u0001vorbis\u0000\u0000'),
      granule: 0n,
    });
    expect(() => parseOggOpus(vorbis)).toThrow(/OpusHead/);
  });
});
