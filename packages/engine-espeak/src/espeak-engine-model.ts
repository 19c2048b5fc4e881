import type {
  EngineV1,
  EngineV1CallOptions,
  EngineV1Capabilities,
  EngineV1Result,
  EngineV1StreamPart,
  EngineV1StreamResult,
  Warning,
} from '@ttskit/core/spec';
import { parseEspeakEngineOptions } from './espeak-engine-options';
import { abortError, noAudioError } from './espeak-errors';
import { prepareEspeakInput } from './espeak-input';
import type { ResolvedVoice } from './espeak-voices';
import type { EspeakWorkerPool } from './espeak-worker-pool';
import { alignTimeline, WordAligner } from './word-alignment';
import type { SynthesisParameters } from './worker-protocol';

export const ESPEAK_SAMPLE_RATE = 22050;

/** Largest input per call, in UTF-16 units; core chunks above it. */
export const ESPEAK_MAX_INPUT = 20_000;

/** A fresh copy per engine, so changing one cannot affect another. */
export function espeakCapabilities(): EngineV1Capabilities {
  return {
    ssml: { dialect: 'espeak' },
    maxInput: { unit: 'utf16', max: ESPEAK_MAX_INPUT },
    formats: [{ format: 'pcm', sampleRates: [ESPEAK_SAMPLE_RATE] }],
    streaming: true,
    wordTimings: 'real',
    marks: true,
  };
}

export type EspeakModelSettings = {
  pool: EspeakWorkerPool;
  voice: ResolvedVoice;
  defaults: Omit<SynthesisParameters, 'voice'>;
};

/** One espeak voice as an `EngineV1`. Synthesis runs on the shared worker pool. */
export class EspeakEngineModel implements EngineV1 {
  readonly specificationVersion = 'v1' as const;
  readonly engine = 'espeak';
  readonly voice: string;
  readonly capabilities = espeakCapabilities();

  constructor(private readonly settings: EspeakModelSettings) {
    this.voice = settings.voice.id;
  }

  /** Validates options and builds what the worker needs; throws before any work. */
  private prepare(options: EngineV1CallOptions) {
    if (options.abortSignal?.aborted) throw abortError(options.abortSignal);
    const engineOptions = parseEspeakEngineOptions(options.engineOptions?.espeak);
    const parameters: SynthesisParameters = {
      ...this.settings.defaults,
      ...engineOptions,
      voice: this.settings.voice.espeakName,
    };
    const espeakInput = prepareEspeakInput({
      input: options.input,
      inputType: options.inputType,
    });
    const warnings: Warning[] = [];
    return { parameters, espeakInput, warnings, timestamp: new Date() };
  }

  async doSynthesize(options: EngineV1CallOptions): Promise<EngineV1Result> {
    const { parameters, espeakInput, warnings, timestamp } = this.prepare(options);
    const result = await this.settings.pool.run({
      text: espeakInput.text,
      parameters,
      ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
    });
    if (result.samples.length === 0) throw noAudioError();
    const { words, marks } = alignTimeline({
      items: result.items,
      espeakInput,
      input: options.input,
    });
    return {
      audio: { type: 'pcm', samples: result.samples, sampleRate: ESPEAK_SAMPLE_RATE },
      words,
      marks,
      warnings,
      response: { timestamp },
    };
  }

  async doStream(options: EngineV1CallOptions): Promise<EngineV1StreamResult> {
    const { parameters, espeakInput, warnings, timestamp } = this.prepare(options);
    const cancel = new AbortController();
    const abortSignal = options.abortSignal
      ? AbortSignal.any([options.abortSignal, cancel.signal])
      : cancel.signal;
    const aligner = new WordAligner(espeakInput, options.input);
    const pool = this.settings.pool;
    const stream = new ReadableStream<EngineV1StreamPart>({
      start(controller) {
        for (const warning of warnings) controller.enqueue({ type: 'warning', warning });
        let audioSamples = 0;
        const enqueueAligned = (aligned: ReturnType<WordAligner['finish']>) => {
          for (const item of aligned) controller.enqueue(item);
        };
        pool
          .run({
            text: espeakInput.text,
            parameters,
            abortSignal,
            onAudio: (samples) => {
              audioSamples += samples.length;
              controller.enqueue({
                type: 'audio-delta',
                samples,
                sampleRate: ESPEAK_SAMPLE_RATE,
              });
            },
            onTimeline: (items) => {
              for (const item of items) enqueueAligned(aligner.push(item));
            },
          })
          .then(() => {
            if (audioSamples === 0) throw noAudioError();
            enqueueAligned(aligner.finish());
            controller.enqueue({ type: 'finish', response: { timestamp } });
            controller.close();
          })
          .catch((error: unknown) => {
            if (!cancel.signal.aborted) controller.error(error);
          });
      },
      cancel(reason) {
        cancel.abort(reason);
      },
    });
    return { stream };
  }
}
