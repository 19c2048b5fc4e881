import { describe, expect, it } from 'vitest';
import type { TimedPart } from './speech-mark-timings';
import { TimedPartQueue } from './timed-part-queue';

const word = (text: string, startMs: number): TimedPart => ({
  type: 'word',
  word: { text, startMs, endMs: startMs + 100, inputStart: 0, inputEnd: 1 },
});

describe('TimedPartQueue', () => {
  it('releases parts as the audio reaches them and holds the last word for the end', () => {
    const queue = new TimedPartQueue();
    expect(queue.release(1000)).toEqual([]);
    queue.fill([
      word('a', 0),
      { type: 'mark', mark: { name: 'm', timeMs: 150 } },
      word('b', 200),
      word('c', 400),
    ]);
    expect(queue.release(100).map((part) => part.type)).toEqual(['word']);
    expect(queue.release(1000)).toHaveLength(2);
    const rest = queue.releaseAll(900);
    expect(rest).toEqual([
      { type: 'word', word: expect.objectContaining({ text: 'c', endMs: 900 }) },
    ]);
    expect(queue.releaseAll(900)).toEqual([]);
  });
});
