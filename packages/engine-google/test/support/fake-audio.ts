import { encodeMp3, encodeWav } from '@ttskit/core';

/** A deterministic 220 Hz tone (never silent, so stitching trims nothing inside it). */
export function tone(options: { durationMs: number; sampleRate: number }): Int16Array {
  const length = Math.max(
    1,
    Math.round((options.durationMs * options.sampleRate) / 1000),
  );
  const samples = new Int16Array(length);
  for (let index = 0; index < length; index++)
    samples[index] = Math.round(
      6000 * Math.sin((2 * Math.PI * 220 * index) / options.sampleRate),
    );
  return samples;
}

export function fakeWav(samples: Int16Array, sampleRate: number): Uint8Array {
  return encodeWav({ samples, sampleRate });
}

export function fakeMp3(samples: Int16Array, sampleRate: number): Promise<Uint8Array> {
  return encodeMp3({ samples, sampleRate });
}

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index << 24;
  for (let bit = 0; bit < 8; bit++)
    value = value & 0x80000000 ? (value << 1) ^ 0x04c11db7 : value << 1;
  return value >>> 0;
});

function oggPage(options: {
  body: Uint8Array;
  granule: number;
  sequence: number;
  headerType: number;
}): Uint8Array {
  const { body } = options;
  const lacing: number[] = [];
  for (let rest = body.length; ; rest -= 255) {
    lacing.push(Math.min(255, rest));
    if (rest < 255) break;
  }
  const page = new Uint8Array(27 + lacing.length + body.length);
  const view = new DataView(page.buffer);
  page.set([0x4f, 0x67, 0x67, 0x53], 0); // OggS
  page[5] = options.headerType;
  view.setUint32(6, options.granule % 2 ** 32, true);
  view.setUint32(10, Math.floor(options.granule / 2 ** 32), true);
  view.setUint32(14, 0x7474_6b74, true);
  view.setUint32(18, options.sequence, true);
  page[26] = lacing.length;
  page.set(lacing, 27);
  page.set(body, 27 + lacing.length);
  let crc = 0;
  for (const byte of page)
    crc = ((crc << 8) ^ (crcTable[((crc >>> 24) ^ byte) & 0xff] ?? 0)) >>> 0;
  view.setUint32(22, crc, true);
  return page;
}

/** A structurally valid Ogg Opus stream of the given length (its one packet is not real Opus). */
export function fakeOggOpus(options: {
  durationMs: number;
  sampleRate: number;
}): Uint8Array {
  const preSkip = 312;
  const head = new Uint8Array(19);
  head.set(new TextEncoder().encode('OpusHead'), 0);
  const headView = new DataView(head.buffer);
  head[8] = 1;
  head[9] = 1;
  headView.setUint16(10, preSkip, true);
  headView.setUint32(12, options.sampleRate, true);
  const tags = new Uint8Array([
    ...new TextEncoder().encode('OpusTags'),
    4,
    0,
    0,
    0,
    0x66,
    0x61,
    0x6b,
    0x65,
    0,
    0,
    0,
    0,
  ]);
  const granule = preSkip + Math.round(options.durationMs * 48);
  const pages = [
    oggPage({ body: head, granule: 0, sequence: 0, headerType: 2 }),
    oggPage({ body: tags, granule: 0, sequence: 1, headerType: 0 }),
    oggPage({
      body: new Uint8Array([0xf8, 0xff, 0xfe]),
      granule,
      sequence: 2,
      headerType: 4,
    }),
  ];
  return Buffer.concat(pages);
}
