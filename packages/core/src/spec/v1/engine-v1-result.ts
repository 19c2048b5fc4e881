import type { EngineV1Audio } from './audio-format';
import type { Warning } from './warning';

/** A spoken word. Offsets index the `input` string the engine received. */
export type EngineV1WordTiming = {
  text: string;
  startMs: number;
  endMs: number;
  inputStart: number;
  inputEnd: number;
};

/** A reached `mark` (or bookmark). */
export type EngineV1MarkTiming = {
  name: string;
  timeMs: number;
};

export type EngineV1ResponseMetadata = {
  timestamp: Date;
  /** The vendor's request id, when it sends one. */
  requestId?: string;
  /** Characters the vendor bills for this call, when known. */
  billedCharacters?: number;
  headers?: Record<string, string>;
};

export type EngineV1Result = {
  audio: EngineV1Audio;
  words: EngineV1WordTiming[];
  marks: EngineV1MarkTiming[];
  warnings: Warning[];
  response: EngineV1ResponseMetadata;
};

/** Parts of a streamed synthesis, in order. */
export type EngineV1StreamPart =
  | { type: 'audio-delta'; samples: Int16Array; sampleRate: number }
  | { type: 'word'; word: EngineV1WordTiming }
  | { type: 'mark'; mark: EngineV1MarkTiming }
  | { type: 'warning'; warning: Warning }
  | { type: 'finish'; response: EngineV1ResponseMetadata };

export type EngineV1StreamResult = {
  stream: ReadableStream<EngineV1StreamPart>;
};
