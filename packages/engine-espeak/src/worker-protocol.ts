/**
 * Messages between the pool (main thread) and `synthesis-worker.ts`. Plain
 * data only; PCM travels as transferred `Int16Array` buffers.
 */

/** A word as espeak reported it, its end already worked out from the phonemes. */
export type RawWord = {
  kind: 'word';
  /** 1-based code-point offset into the text espeak received. */
  textPosition: number;
  /** Length in characters (code points, entities counted once). */
  length: number;
  startMs: number;
  endMs: number;
};

export type RawMark = { kind: 'mark'; name: string; timeMs: number };

/** Words and marks in the order they are spoken. */
export type TimelineItem = RawWord | RawMark;

export type SynthesisParameters = {
  /** espeak voice identifier, optionally with `+variant` (`gmw/en-US+f3`). */
  voice: string;
  /** Words per minute. */
  rate: number;
  /** 0–100, espeak's base pitch. */
  pitch: number;
  /** 0–200, espeak's amplitude. */
  volume: number;
};

export type WorkerRequest =
  | {
      type: 'synthesize';
      jobId: number;
      text: string;
      parameters: SynthesisParameters;
      /** Post audio and timeline items while synthesizing instead of once at the end. */
      stream: boolean;
    }
  | {
      type: 'phonemize';
      jobId: number;
      texts: readonly string[];
      /** espeak voice identifier (`gmw/en-US`). */
      voice: string;
    };

export type WorkerResponse =
  | { type: 'ready'; initMs: number }
  | { type: 'init-error'; message: string }
  | { type: 'audio'; jobId: number; samples: Int16Array }
  | { type: 'timeline'; jobId: number; items: TimelineItem[] }
  | {
      type: 'done';
      jobId: number;
      /** The whole audio, when not streaming. */
      samples?: Int16Array;
      /** Every timeline item, when not streaming. */
      items?: TimelineItem[];
      durationMs: number;
      aborted: boolean;
    }
  | {
      type: 'phonemes';
      jobId: number;
      /** Per text, its clauses' IPA (see `EspeakInstance.phonemize`). */
      phonemes: string[][];
    }
  | { type: 'error'; jobId: number; message: string; fatal: boolean };

export type WorkerStartData = {
  /**
   * Two Int32 flags: [0] the pool stores 1 to stop the running synthesis;
   * [1] the pool stores 1 before posting a request (the worker interrupts
   * warm-up and clears it).
   */
  flags: SharedArrayBuffer;
  warmUp: boolean;
  /** Streamed audio is posted in blocks of at least this many samples. */
  streamBlockSamples: number;
};
