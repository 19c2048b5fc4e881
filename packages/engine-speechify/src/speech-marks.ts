import type { EngineV1WordTiming } from '@ttskit/core/spec';
import type { OffsetMap } from './offset-map';
import { SpeechMarkLocator } from './speech-mark-locator';
import type {
  SpeechifyNestedChunk,
  SpeechifySpeechResponse,
} from './speechify-api-types';
import { textViews } from './text-views';
import { decodeXmlEntities } from './xml-entities';

/** The word chunks of `speech_marks`: leaves of the nested chunks, in order. */
export function wordChunks(
  marks: SpeechifySpeechResponse['speech_marks'],
): SpeechifyNestedChunk[] {
  const leaves = (
    node: SpeechifyNestedChunk,
    isRoot: boolean,
  ): SpeechifyNestedChunk[] => {
    if (node === null || typeof node !== 'object') return [];
    if (Array.isArray(node.chunks) && node.chunks.length > 0)
      return node.chunks.flatMap((child) => leaves(child, false));
    return isRoot ? [] : [node];
  };
  const roots = Array.isArray(marks) ? marks : marks ? [marks] : [];
  return roots
    .flatMap((root) => leaves(root, true))
    .filter((chunk) => chunk.type === undefined || chunk.type === 'word');
}

function milliseconds(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? value
    : undefined;
}

/**
 * Speechify's speech marks as word timings whose offsets index `input`
 * (UTF-16), through the text that was sent (`sent`, mapped back by `map`).
 * Marks that cannot be placed are left out.
 */
export function speechMarksToWords(options: {
  marks: SpeechifySpeechResponse['speech_marks'];
  sent: string;
  isSsml: boolean;
  map: OffsetMap;
  input: string;
}): EngineV1WordTiming[] {
  const { sent, map, input } = options;
  const chunks = wordChunks(options.marks);
  if (chunks.length === 0) return [];
  const locator = new SpeechMarkLocator(textViews(sent, options.isSsml), chunks);
  const words: EngineV1WordTiming[] = [];
  for (const chunk of chunks) {
    const startMs = milliseconds(chunk.start_time);
    if (startMs === undefined) continue;
    const range = locator.locate(chunk);
    if (range === undefined) continue;
    const inputStart = map.toSource(range.start, 'start');
    const inputEnd = map.toSource(range.end, 'end');
    if (inputStart === undefined || inputEnd === undefined || inputEnd <= inputStart)
      continue;
    if (inputStart < 0 || inputEnd > input.length) continue;
    const value = typeof chunk.value === 'string' ? decodeXmlEntities(chunk.value) : '';
    words.push({
      text: value || input.slice(inputStart, inputEnd),
      startMs,
      endMs: Math.max(startMs, milliseconds(chunk.end_time) ?? startMs),
      inputStart,
      inputEnd,
    });
  }
  return words.sort((first, second) => first.startMs - second.startMs);
}
