import { encodeMp3, encodeWav, pcmToBytes } from '@ttskit/core';

/** How the fake counts speech-mark offsets (Speechify's docs leave it open). */
export type MarkOffsets = {
  /** `escaped`: text outside tags, entities as written (the docs' reading); `sent`: the whole input; `decoded`: entities decoded. */
  space: 'escaped' | 'sent' | 'decoded';
  unit: 'utf16' | 'code-point';
};

export const FAKE_SAMPLE_RATE = 24_000;
const INITIAL_SILENCE_MS = 125;
const MS_PER_CHARACTER = 60;
const GAP_MS = 40;

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text Speechify would count in, per `space`. */
function viewOf(input: string, space: MarkOffsets['space']): string {
  const isSsml = /^\s*<speak[\s>]/.test(input);
  if (!isSsml || space === 'sent') return input;
  const text = input.replace(/<[^>]*>/g, '');
  return space === 'decoded' ? decode(text) : text;
}

export type FakeWord = {
  type: 'word';
  value: string;
  start: number;
  end: number;
  start_time: number;
  end_time: number;
};

/** Words of the input with Speechify-style offsets and times (milliseconds). */
export function fakeSpeechMarks(input: string, offsets: MarkOffsets) {
  const view = viewOf(input, offsets.space);
  const isSsml = /^\s*<speak[\s>]/.test(input);
  const withTags = offsets.space === 'sent' && isSsml;
  const pattern = withTags ? /<[^>]*>|[^\s<]+/g : /[^\s]+/g;
  const toUnit = (index: number) =>
    offsets.unit === 'utf16' ? index : [...view.slice(0, index)].length;
  const chunks: FakeWord[] = [];
  let time = INITIAL_SILENCE_MS;
  for (const match of view.matchAll(pattern)) {
    if (withTags && match[0].startsWith('<')) continue;
    const leading = /^["(]*/.exec(match[0])?.[0].length ?? 0;
    const word = match[0].slice(leading).replace(/[.,!?:")]+$/, '');
    if (word === '') continue;
    const start = (match.index ?? 0) + leading;
    const duration = [...word].length * MS_PER_CHARACTER;
    chunks.push({
      type: 'word',
      value: word,
      start: toUnit(start),
      end: toUnit(start + word.length),
      start_time: time,
      end_time: time + duration,
    });
    time += duration + GAP_MS;
  }
  const end = toUnit(view.length);
  return {
    type: 'sentence',
    value: view,
    start: 0,
    end,
    start_time: 0,
    end_time: time + 200,
    chunks,
  };
}

/** Deterministic audio for the marks: one tone per word, silence between. */
export function fakeSamples(marks: ReturnType<typeof fakeSpeechMarks>): Int16Array {
  const samples = new Int16Array(Math.ceil((marks.end_time * FAKE_SAMPLE_RATE) / 1000));
  marks.chunks.forEach((word, index) => {
    const from = Math.floor((word.start_time * FAKE_SAMPLE_RATE) / 1000);
    const to = Math.min(
      samples.length,
      Math.floor((word.end_time * FAKE_SAMPLE_RATE) / 1000),
    );
    const frequency = 180 + (index % 7) * 40;
    for (let sample = from; sample < to; sample++)
      samples[sample] = Math.round(
        6000 * Math.sin((2 * Math.PI * frequency * (sample - from)) / FAKE_SAMPLE_RATE),
      );
  });
  return samples;
}

/** The samples in the container `audio_format` asks for. */
export async function fakeAudio(
  samples: Int16Array,
  format: string,
): Promise<Uint8Array> {
  switch (format) {
    case 'wav':
      return encodeWav({ samples, sampleRate: FAKE_SAMPLE_RATE });
    case 'mp3':
      return encodeMp3({ samples, sampleRate: FAKE_SAMPLE_RATE });
    case 'ogg':
      return new TextEncoder().encode('OggS\0\x02fake-page OpusHead\x01\x01fake opus');
    case 'aac':
      return new Uint8Array([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc]);
    default:
      return pcmToBytes(samples);
  }
}
