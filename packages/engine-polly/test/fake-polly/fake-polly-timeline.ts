/** What the fake "speaks": each word 300 ms, marks at the time they are reached. */
export type FakeTimelineItem =
  | { kind: 'word'; timeMs: number; start: number; end: number; value: string }
  | { kind: 'tag'; timeMs: number; start: number; end: number; value: string }
  | { kind: 'mark'; timeMs: number; start: number; end: number; name: string };

export type FakeTimeline = {
  items: FakeTimelineItem[];
  durationMs: number;
  billed: number;
};

export const WORD_MS = 300;
const TAIL_MS = 200;
const WORD = /&[#A-Za-z0-9]+;|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function bytesBefore(text: string, index: number): number {
  return Buffer.byteLength(text.slice(0, index), 'utf8');
}

function breakMs(tag: string): number {
  const time = /time="(\d+(?:\.\d+)?)(ms|s)"/.exec(tag);
  if (!time) return 250;
  return Number(time[1]) * (time[2] === 's' ? 1000 : 1);
}

/**
 * Walks the text the way the fake's speech-mark and audio responses agree
 * on: words (runs of letters and digits) take 300 ms each, `<break>` adds
 * its time, `<mark>` is reached at the current time. Offsets are UTF-8
 * bytes into the text, as Polly reports them.
 */
export function fakeTimeline(options: { text: string; ssml: boolean }): FakeTimeline {
  const { text, ssml } = options;
  const items: FakeTimelineItem[] = [];
  let timeMs = 0;
  let billed = 0;
  const speakText = (from: number, to: number) => {
    const segment = text.slice(from, to);
    billed += segment.replace(/&[#A-Za-z0-9]+;/g, 'x').length;
    for (const match of segment.matchAll(WORD)) {
      if (match[0].startsWith('&') && ssml) continue;
      const index = from + (match.index ?? 0);
      const start = bytesBefore(text, index);
      items.push({
        kind: 'word',
        timeMs,
        start,
        end: start + Buffer.byteLength(match[0]),
        value: match[0],
      });
      timeMs += WORD_MS;
    }
  };
  if (!ssml) {
    speakText(0, text.length);
    return { items, durationMs: timeMs + TAIL_MS, billed };
  }
  let position = 0;
  for (const tag of text.matchAll(/<[^>]*>/g)) {
    const index = tag.index ?? 0;
    speakText(position, index);
    position = index + tag[0].length;
    const start = bytesBefore(text, index);
    const end = start + Buffer.byteLength(tag[0]);
    const mark = /^<mark\s+name="([^"]*)"\s*\/>$/.exec(tag[0]);
    if (mark) items.push({ kind: 'mark', timeMs, start, end, name: mark[1] ?? '' });
    if (/^<break\b/.test(tag[0])) {
      items.push({ kind: 'tag', timeMs, start, end, value: tag[0] });
      timeMs += breakMs(tag[0]);
    }
  }
  speakText(position, text.length);
  return { items, durationMs: timeMs + TAIL_MS, billed };
}

/** The NDJSON Polly sends for `OutputFormat: 'json'`. */
export function fakeSpeechMarks(options: {
  timeline: FakeTimeline;
  types: readonly string[];
}): string {
  const lines: string[] = [];
  for (const item of options.timeline.items) {
    if ((item.kind === 'word' || item.kind === 'tag') && options.types.includes('word')) {
      lines.push(
        JSON.stringify({
          time: item.timeMs,
          type: 'word',
          start: item.start,
          end: item.end,
          value: item.value,
        }),
      );
    } else if (item.kind === 'mark' && options.types.includes('ssml')) {
      lines.push(
        JSON.stringify({
          time: item.timeMs,
          type: 'ssml',
          start: item.start,
          end: item.end,
          value: item.name,
        }),
      );
    }
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** A deterministic tone as s16le PCM bytes for the timeline's duration. */
export function fakePcm(options: { durationMs: number; sampleRate: number }): Buffer {
  const count = Math.round((options.durationMs * options.sampleRate) / 1000);
  const bytes = Buffer.alloc(count * 2);
  for (let index = 0; index < count; index++) {
    const value = Math.round(
      6000 * Math.sin((2 * Math.PI * 220 * index) / options.sampleRate),
    );
    bytes.writeInt16LE(value, index * 2);
  }
  return bytes;
}
