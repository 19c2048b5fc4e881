/** One line of Polly's speech-mark output (`OutputFormat: 'json'`). */
export type SpeechMark = {
  /** Milliseconds from the start of the audio. */
  time: number;
  type: 'word' | 'ssml' | 'sentence' | 'viseme';
  /** UTF-8 byte offsets into the text Polly received (absent for visemes). */
  start?: number;
  end?: number;
  value: string;
};

const TYPES: ReadonlySet<string> = new Set(['word', 'ssml', 'sentence', 'viseme']);

function isSpeechMark(value: unknown): value is SpeechMark {
  if (value === null || typeof value !== 'object') return false;
  const mark = value as Record<string, unknown>;
  const offsetsValid =
    mark.type === 'viseme' ||
    (typeof mark.start === 'number' && typeof mark.end === 'number');
  return (
    typeof mark.time === 'number' &&
    Number.isFinite(mark.time) &&
    typeof mark.type === 'string' &&
    TYPES.has(mark.type) &&
    typeof mark.value === 'string' &&
    offsetsValid
  );
}

/**
 * Parses newline-delimited JSON speech marks. Lines that are not a speech
 * mark are counted and skipped, so one odd line does not lose the rest.
 */
export function parseSpeechMarks(text: string): {
  marks: SpeechMark[];
  invalidLines: number;
} {
  const marks: SpeechMark[] = [];
  let invalidLines = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      invalidLines++;
      continue;
    }
    if (isSpeechMark(parsed)) marks.push(parsed);
    else invalidLines++;
  }
  return { marks, invalidLines };
}
