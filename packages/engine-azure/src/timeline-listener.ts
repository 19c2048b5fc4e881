import type { EngineV1MarkTiming, EngineV1WordTiming } from '@ttskit/core/spec';
import type { SynthesisListener } from './pooled-synthesizer';
import type { WordLocator } from './word-locator';

/** Azure reports audio offsets and durations in 100-ns ticks. */
const TICKS_PER_MS = 10_000;

/**
 * Turns the SDK's events into ttskit timings: word boundaries (not
 * punctuation or sentence boundaries) become words with offsets into the
 * input, bookmarks become marks, both in milliseconds.
 */
export function createTimelineListener(options: {
  locator: WordLocator;
  onAudio: (chunk: ArrayBuffer) => void;
  onWord: (word: EngineV1WordTiming) => void;
  onMark: (mark: EngineV1MarkTiming) => void;
}): SynthesisListener {
  const { locator, onAudio, onWord, onMark } = options;
  return {
    onAudio,
    onWordBoundary(event) {
      const type: string | undefined = event.boundaryType;
      if (type !== undefined && type !== 'WordBoundary') return;
      const range = locator.locate({ text: event.text, textOffset: event.textOffset });
      onWord({
        text: event.text,
        startMs: event.audioOffset / TICKS_PER_MS,
        endMs: (event.audioOffset + event.duration) / TICKS_PER_MS,
        inputStart: range.start,
        inputEnd: range.end,
      });
    },
    onBookmark(event) {
      onMark({ name: event.text, timeMs: event.audioOffset / TICKS_PER_MS });
    },
  };
}
