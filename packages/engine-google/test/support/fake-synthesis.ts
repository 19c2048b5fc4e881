import { parseSsml } from '@ttskit/ssml';
import { fakeMp3, fakeOggOpus, fakeWav, tone } from './fake-audio';

/** What the fake reads from SSML or text: spoken characters, pauses and where marks fall. */
export type SpokenLayout = {
  characters: number;
  breakMs: number;
  /** Each mark with the characters and pause milliseconds spoken before it. */
  marks: Array<{ name: string; characters: number; breakMs: number }>;
};

const entities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? whole;
  });
}

function breakMilliseconds(tag: string): number {
  const time = /\btime="([\d.]+)(ms|s)"/.exec(tag);
  if (time) return Number(time[1]) * (time[2] === 's' ? 1000 : 1);
  return /\bstrength="(none|x-weak)"/.test(tag) ? 0 : 500;
}

/** Walks SSML (already checked to be well-formed) the way a speaker would. */
export function layoutOf(input: { ssml?: string; text?: string }): SpokenLayout {
  if (input.text !== undefined)
    return { characters: input.text.trim().length, breakMs: 0, marks: [] };
  const layout: SpokenLayout = { characters: 0, breakMs: 0, marks: [] };
  for (const [token] of (input.ssml ?? '').matchAll(/<[^>]*>|[^<]+/g)) {
    if (!token.startsWith('<')) {
      layout.characters += decodeEntities(token).replace(/\s+/g, ' ').length;
      continue;
    }
    const mark = /^<mark\b[^>]*\bname="([^"]*)"/.exec(token);
    if (mark) {
      layout.marks.push({
        name: decodeEntities(mark[1] ?? ''),
        characters: layout.characters,
        breakMs: layout.breakMs,
      });
    } else if (/^<break\b/.test(token)) {
      layout.breakMs += breakMilliseconds(token);
    }
  }
  return layout;
}

/** Throws when the SSML is not a well-formed `speak` document (the fake answers 400). */
export function checkSsml(ssml: string): void {
  parseSsml(ssml);
}

export type FakeAudioSettings = {
  encoding: 'LINEAR16' | 'MP3' | 'OGG_OPUS';
  sampleRate: number;
  speakingRate: number;
  msPerCharacter: number;
};

/** Audio whose length follows the text (and pauses), and the timepoints of its marks. */
export async function synthesizeFake(options: {
  layout: SpokenLayout;
  audio: FakeAudioSettings;
  timepoints: boolean;
}): Promise<{
  audioContent: string;
  timepoints?: Array<{ markName: string; timeSeconds: number }>;
}> {
  const { layout, audio } = options;
  const msFor = (characters: number, breakMs: number) =>
    (characters * audio.msPerCharacter) / audio.speakingRate + breakMs;
  const durationMs = Math.max(50, msFor(layout.characters, layout.breakMs));
  const samples = tone({ durationMs, sampleRate: audio.sampleRate });
  const bytes =
    audio.encoding === 'MP3'
      ? await fakeMp3(samples, audio.sampleRate)
      : audio.encoding === 'OGG_OPUS'
        ? fakeOggOpus({ durationMs, sampleRate: audio.sampleRate })
        : fakeWav(samples, audio.sampleRate);
  return {
    audioContent: Buffer.from(bytes).toString('base64'),
    ...(options.timepoints
      ? {
          timepoints: layout.marks.map((mark) => ({
            markName: mark.name,
            timeSeconds: msFor(mark.characters, mark.breakMs) / 1000,
          })),
        }
      : {}),
  };
}
