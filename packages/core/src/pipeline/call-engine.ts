import { AbortError } from '../spec/errors/abort-error';
import { EngineCallError } from '../spec/errors/engine-call-error';
import { NoAudioGeneratedError } from '../spec/errors/no-audio-generated-error';
import { TtsError } from '../spec/errors/tts-error';
import type { EngineV1 } from '../spec/v1/engine-v1';
import type { EngineV1CallOptions } from '../spec/v1/engine-v1-call-options';
import type {
  EngineV1MarkTiming,
  EngineV1Result,
  EngineV1WordTiming,
} from '../spec/v1/engine-v1-result';
import type { Warning } from '../spec/v1/warning';

export type SynthesisProgress = {
  /** Share of the input spoken so far, 0 to 1. */
  fraction: number;
  /** Audio produced so far, in milliseconds. */
  audioMs: number;
};

/** Wraps whatever an engine threw into a typed error, keeping the cause. */
export function normalizeEngineError(options: {
  error: unknown;
  engine: string;
}): unknown {
  const { error, engine } = options;
  if (TtsError.isInstance(error)) return error;
  if (error instanceof Error && error.name === 'AbortError') {
    return new AbortError({ message: '[ttskit] the request was aborted', cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new EngineCallError({
    message: `[ttskit] [engine-${engine}] ${message}`,
    engine,
    isRetryable: false,
    cause: error,
  });
}

function assertHasAudio(result: EngineV1Result, engine: EngineV1): EngineV1Result {
  const audio = result.audio;
  const empty =
    audio.type === 'pcm' ? audio.samples.length === 0 : audio.data.byteLength === 0;
  if (empty) {
    throw new NoAudioGeneratedError({
      message: `[ttskit] engine "${engine.engine}" (voice "${engine.voice}") returned no audio`,
    });
  }
  return result;
}

async function collectStream(options: {
  engine: EngineV1;
  callOptions: EngineV1CallOptions;
  onProgress: (progress: SynthesisProgress) => void;
}): Promise<EngineV1Result> {
  const { engine, callOptions, onProgress } = options;
  const streamResult = await (engine.doStream as NonNullable<EngineV1['doStream']>)(
    callOptions,
  );
  const chunks: Int16Array[] = [];
  const words: EngineV1WordTiming[] = [];
  const marks: EngineV1MarkTiming[] = [];
  const warnings: Warning[] = [];
  let sampleRate = 0;
  let sampleCount = 0;
  let response: EngineV1Result['response'] = { timestamp: new Date() };
  const reader = streamResult.stream.getReader();
  for (;;) {
    const { done, value: part } = await reader.read();
    if (done) break;
    if (part.type === 'audio-delta') {
      chunks.push(part.samples);
      sampleRate = part.sampleRate;
      sampleCount += part.samples.length;
    } else if (part.type === 'word') {
      words.push(part.word);
      const fraction = Math.min(
        1,
        part.word.inputEnd / Math.max(1, callOptions.input.length),
      );
      onProgress({
        fraction,
        audioMs: sampleRate ? (sampleCount / sampleRate) * 1000 : 0,
      });
    } else if (part.type === 'mark') {
      marks.push(part.mark);
    } else if (part.type === 'warning') {
      warnings.push(part.warning);
    } else {
      response = part.response;
    }
  }
  const samples = new Int16Array(sampleCount);
  let offset = 0;
  for (const chunk of chunks) {
    samples.set(chunk, offset);
    offset += chunk.length;
  }
  onProgress({
    fraction: 1,
    audioMs: sampleRate ? (sampleCount / sampleRate) * 1000 : 0,
  });
  return {
    audio: { type: 'pcm', samples, sampleRate },
    words,
    marks,
    warnings,
    response,
  };
}

/**
 * One attempt at one engine. Streams when a progress listener wants
 * updates and the engine can stream; otherwise calls `doSynthesize`.
 */
export async function callEngine(options: {
  engine: EngineV1;
  callOptions: EngineV1CallOptions;
  onProgress?: (progress: SynthesisProgress) => void;
}): Promise<EngineV1Result> {
  const { engine, callOptions, onProgress } = options;
  try {
    const result =
      onProgress &&
      engine.doStream &&
      engine.capabilities.streaming &&
      // progress is not worth losing word timings a stream would not carry
      (engine.capabilities.streamWordTimings !== false ||
        engine.capabilities.wordTimings === 'none')
        ? await collectStream({ engine, callOptions, onProgress })
        : await engine.doSynthesize(callOptions);
    return assertHasAudio(result, engine);
  } catch (error) {
    throw normalizeEngineError({ error, engine: engine.engine });
  }
}
