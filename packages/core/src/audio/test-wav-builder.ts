/** Builds WAV files chunk by chunk for the decoder tests (not exported by core). */

export type TestChunk = {
  id: string;
  body: Uint8Array;
  declaredSize?: number;
  padOddChunk?: boolean;
};

/** Assembles `RIFF....WAVE` plus chunks; `riffSize` overrides the RIFF size field. */
export function buildRiff(options: {
  chunks: TestChunk[];
  riffSize?: number;
  riffId?: string;
}): Uint8Array {
  const parts: number[] = [];
  const pushAscii = (text: string) => {
    for (const character of text) parts.push(character.charCodeAt(0));
  };
  const pushUint32 = (value: number) => {
    parts.push(
      value & 0xff,
      (value >>> 8) & 0xff,
      (value >>> 16) & 0xff,
      (value >>> 24) & 0xff,
    );
  };
  pushAscii(options.riffId ?? 'RIFF');
  pushUint32(0);
  pushAscii('WAVE');
  for (const chunk of options.chunks) {
    pushAscii(chunk.id);
    pushUint32(chunk.declaredSize ?? chunk.body.length);
    parts.push(...chunk.body);
    if (chunk.body.length % 2 === 1 && chunk.padOddChunk !== false) parts.push(0);
  }
  const bytes = Uint8Array.from(parts);
  new DataView(bytes.buffer).setUint32(4, options.riffSize ?? bytes.length - 8, true);
  return bytes;
}

/** A `fmt ` chunk body (16 bytes, or 40 with WAVE_FORMAT_EXTENSIBLE). */
export function formatChunk(options: {
  formatCode: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  extensible?: boolean;
}): TestChunk {
  const { formatCode, channels, sampleRate, bitsPerSample, extensible = false } = options;
  const body = new Uint8Array(extensible ? 40 : 16);
  const view = new DataView(body.buffer);
  const blockAlign = channels * Math.ceil(bitsPerSample / 8);
  view.setUint16(0, extensible ? 0xfffe : formatCode, true);
  view.setUint16(2, channels, true);
  view.setUint32(4, sampleRate, true);
  view.setUint32(8, sampleRate * blockAlign, true);
  view.setUint16(12, blockAlign, true);
  view.setUint16(14, bitsPerSample, true);
  if (extensible) {
    view.setUint16(16, 22, true);
    view.setUint16(18, bitsPerSample, true);
    view.setUint32(20, channels === 1 ? 0x4 : 0x3, true);
    view.setUint16(24, formatCode, true);
    // Rest of KSDATAFORMAT_SUBTYPE_* GUID: 0000-0010-8000-00AA00389B71.
    body.set(
      [
        0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b,
        0x71,
      ],
      26,
    );
  }
  return { id: 'fmt ', body };
}

/** Interleaved frames written with a DataView writer per sample. */
export function dataChunk(options: {
  frames: number[][];
  bytesPerSample: number;
  write: (view: DataView, offset: number, value: number) => void;
  declaredSize?: number;
}): TestChunk {
  const { frames, bytesPerSample, write } = options;
  const channels = frames[0]?.length ?? 1;
  const body = new Uint8Array(frames.length * channels * bytesPerSample);
  const view = new DataView(body.buffer);
  frames.forEach((frame, frameIndex) => {
    frame.forEach((value, channel) => {
      write(view, (frameIndex * channels + channel) * bytesPerSample, value);
    });
  });
  return {
    id: 'data',
    body,
    ...(options.declaredSize === undefined ? {} : { declaredSize: options.declaredSize }),
  };
}

/** A chunk of arbitrary bytes, e.g. LIST or fact. */
export function otherChunk(options: {
  id: string;
  length: number;
  padOddChunk?: boolean;
}): TestChunk {
  const body = new Uint8Array(options.length).fill(0x41);
  return {
    id: options.id,
    body,
    ...(options.padOddChunk === undefined ? {} : { padOddChunk: options.padOddChunk }),
  };
}
