import type { EngineV1MarkTiming, EngineV1WordTiming } from '@ttskit/core/spec';
import type { SpeechMark } from './speech-marks';
import { Utf8OffsetMap } from './utf8-offset-map';
import { decodeXmlText } from './xml-text';

/** Words and marks on one timeline, as a stream emits them. */
export type TimedPart =
  | { type: 'word'; word: EngineV1WordTiming }
  | { type: 'mark'; mark: EngineV1MarkTiming };

/** When a last word's end is unknown (compressed audio): a guess per character. */
const ESTIMATED_MS_PER_CHARACTER = 70;

/**
 * Turns speech marks into word and mark timings. Polly reports UTF-8 byte
 * offsets into the text it received; they become UTF-16 offsets into
 * `input`. Polly also reports some tags (`<break/>`) as words: they end the
 * word before them and are left out. A word ends where the next word (or
 * tag) starts; the last one at `audioDurationMs`, or an estimate.
 */
export function speechMarksToTimings(options: {
  marks: readonly SpeechMark[];
  input: string;
  inputType: 'ssml' | 'text';
  audioDurationMs?: number | undefined;
}): TimedPart[] {
  const { input, inputType } = options;
  const offsets = new Utf8OffsetMap(input);
  const boundaries = options.marks
    .filter((mark) => mark.type === 'word')
    .map((mark) => mark.time)
    .sort((left, right) => left - right);
  const parts: TimedPart[] = [];
  for (const mark of options.marks) {
    if (mark.type === 'ssml') {
      parts.push({ type: 'mark', mark: { name: mark.value, timeMs: mark.time } });
      continue;
    }
    if (mark.type !== 'word') continue;
    const inputStart = offsets.toStart(mark.start ?? 0);
    const inputEnd = offsets.toEnd(mark.end ?? 0);
    const isTag =
      mark.value.startsWith('<') || (inputType === 'ssml' && input[inputStart] === '<');
    if (isTag || inputEnd <= inputStart) continue;
    const text = inputType === 'ssml' ? decodeXmlText(mark.value) : mark.value;
    const next = boundaries.find((time) => time > mark.time);
    const endMs =
      next ??
      (options.audioDurationMs === undefined
        ? mark.time + ESTIMATED_MS_PER_CHARACTER * Math.max(1, text.length)
        : Math.max(mark.time, options.audioDurationMs));
    parts.push({
      type: 'word',
      word: { text, startMs: mark.time, endMs, inputStart, inputEnd },
    });
  }
  return parts.sort((left, right) => timeOf(left) - timeOf(right));
}

export function timeOf(part: TimedPart): number {
  return part.type === 'word' ? part.word.startMs : part.mark.timeMs;
}
