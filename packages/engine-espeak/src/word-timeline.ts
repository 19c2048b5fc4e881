import type { RawWord, TimelineItem } from './worker-protocol';

/** One event as the espeak glue reports it (`audio_position` is in ms). */
export type EspeakEvent = {
  type: string;
  text_position: number;
  word_length: number;
  audio_position: number;
  id?: string | number;
};

type OpenWord = { word: RawWord; pauseAtMs: number | undefined };

/**
 * Turns espeak's event stream into words with an end time, and marks, in
 * spoken order. A word ends where the first pause after its last phoneme
 * starts (espeak reports pauses as phonemes with an empty name), else where
 * the next word, sentence end or the audio starts/ends. Marks are held back
 * until the word being spoken closes, so items stay in time order.
 */
export class WordTimeline {
  private open: OpenWord | undefined;
  private heldMarks: TimelineItem[] = [];

  /** Feeds one event; returns the items it completed. */
  push(event: EspeakEvent): TimelineItem[] {
    const time = event.audio_position;
    switch (event.type) {
      case 'word': {
        const closed = this.close(time);
        this.open = {
          word: {
            kind: 'word',
            textPosition: event.text_position,
            length: event.word_length,
            startMs: time,
            endMs: time,
          },
          pauseAtMs: undefined,
        };
        return closed;
      }
      case 'phoneme': {
        if (this.open) {
          if (event.id === '' || event.id === undefined) this.open.pauseAtMs ??= time;
          else this.open.pauseAtMs = undefined;
        }
        return [];
      }
      case 'mark': {
        const mark: TimelineItem = {
          kind: 'mark',
          name: String(event.id ?? ''),
          timeMs: time,
        };
        if (this.open) {
          this.heldMarks.push(mark);
          return [];
        }
        return [mark];
      }
      case 'sentence':
      case 'end':
        return this.close(time);
      default:
        return [];
    }
  }

  /** Closes the last word at the end of the audio. */
  finish(totalMs: number): TimelineItem[] {
    return this.close(totalMs);
  }

  private close(timeMs: number): TimelineItem[] {
    const open = this.open;
    const items: TimelineItem[] = [];
    if (open) {
      const end = Math.min(open.pauseAtMs ?? timeMs, timeMs);
      open.word.endMs = Math.max(open.word.startMs, end);
      items.push(open.word);
      this.open = undefined;
    }
    if (this.heldMarks.length > 0) {
      items.push(...this.heldMarks);
      this.heldMarks = [];
    }
    return items;
  }
}
