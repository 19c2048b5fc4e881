import { type TimedPart, timeOf } from './speech-mark-timings';

/**
 * Holds a stream's word and mark parts until the audio reaches them, so a
 * reader gets each word after the audio it starts in. The last word waits
 * for the end, where the audio's duration gives its end time.
 */
export class TimedPartQueue {
  private parts: TimedPart[] | undefined;
  private next = 0;

  fill(parts: TimedPart[]): void {
    this.parts = parts;
  }

  /** Parts that start at or before `audioMs`. */
  release(audioMs: number): TimedPart[] {
    const parts = this.parts;
    if (parts === undefined) return [];
    const lastWord = lastWordIndex(parts);
    const released: TimedPart[] = [];
    while (this.next < parts.length) {
      const part = parts[this.next] as TimedPart;
      if (timeOf(part) > audioMs || this.next === lastWord) break;
      released.push(part);
      this.next++;
    }
    return released;
  }

  /** Everything left; the last word ends at `durationMs`. */
  releaseAll(durationMs: number): TimedPart[] {
    const parts = this.parts ?? [];
    const lastWord = lastWordIndex(parts);
    const released: TimedPart[] = [];
    for (; this.next < parts.length; this.next++) {
      const part = parts[this.next] as TimedPart;
      if (this.next === lastWord && part.type === 'word') {
        const endMs = Math.max(part.word.startMs, durationMs);
        released.push({ type: 'word', word: { ...part.word, endMs } });
      } else released.push(part);
    }
    return released;
  }
}

function lastWordIndex(parts: readonly TimedPart[]): number {
  for (let index = parts.length - 1; index >= 0; index--)
    if (parts[index]?.type === 'word') return index;
  return -1;
}
