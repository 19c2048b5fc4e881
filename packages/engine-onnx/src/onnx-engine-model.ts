import {
  type EngineV1,
  type EngineV1CallOptions,
  type EngineV1Capabilities,
  type EngineV1Result,
  type EngineV1StreamPart,
  type EngineV1StreamResult,
  InvalidArgumentError,
  type Warning,
} from '@ttskit/core/spec';
import type { InferencePool } from './inference-pool';
import { abortError, noAudioError } from './onnx-engine-errors';
import { parseOnnxEngineOptions } from './onnx-engine-options';
import type { OnnxPhonemizer } from './phonemizer';
import { planSynthesis, type UnknownPhonemePolicy } from './synthesis-plan';
import { SynthesisTimeline } from './synthesis-timeline';
import type { VoiceModel } from './voice-model';

/** Largest input per call, in UTF-16 units; core chunks above it. */
export const ONNX_MAX_INPUT = 20_000;
export const ONNX_SPEED_RANGE = { min: 0.5, max: 2.5 } as const;

export type OnnxModelSettings = {
  voiceId: string;
  voice: VoiceModel;
  pool: InferencePool;
  loadPhonemizer: () => Promise<OnnxPhonemizer>;
  sentenceSilenceMs: number;
  unknownPhonemes: UnknownPhonemePolicy;
};

/** One Piper voice or Kokoro voice as an `EngineV1`; inference runs on the shared pool. */
export class OnnxEngineModel implements EngineV1 {
  readonly specificationVersion = 'v1' as const;
  readonly engine = 'onnx';
  readonly voice: string;
  readonly capabilities: EngineV1Capabilities;

  constructor(private readonly settings: OnnxModelSettings) {
    this.voice = settings.voiceId;
    this.capabilities = {
      ssml: { dialect: 'text' },
      maxInput: { unit: 'utf16', max: ONNX_MAX_INPUT },
      formats: [{ format: 'pcm', sampleRates: [settings.voice.sampleRate] }],
      streaming: true,
      wordTimings: 'estimated',
      marks: false,
      speed: { ...ONNX_SPEED_RANGE },
    };
  }

  /** Validates the call, phonemizes and builds every run's tensors; nothing runs yet. */
  private async prepare(options: EngineV1CallOptions) {
    if (options.abortSignal?.aborted) throw abortError(options.abortSignal);
    if (options.inputType !== 'text') {
      throw new InvalidArgumentError({
        argument: 'inputType',
        message: `[ttskit] [engine-onnx] takes plain text (capabilities.ssml.dialect is "text"): synthesize through @ttskit/core, which lowers SSML for it`,
      });
    }
    const warnings: Warning[] = [];
    const engineOptions = parseOnnxEngineOptions(options.engineOptions?.onnx);
    const { voice } = this.settings;
    if (voice.kind === 'kokoro' && Object.keys(engineOptions).length > 0) {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'engineOptions.onnx',
        details: `${Object.keys(engineOptions).join(', ')} apply to Piper voices only; ignored for Kokoro`,
      });
    }
    const speed = this.speed(options.speed, warnings);
    const timestamp = new Date();
    const plan = await planSynthesis({
      text: options.input,
      voice,
      loadPhonemizer: this.settings.loadPhonemizer,
      speed,
      engineOptions,
      unknownPhonemes: this.settings.unknownPhonemes,
      ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
    });
    if (plan.unknownPhonemes.length > 0) {
      warnings.push({
        type: 'unsupported-feature',
        feature: 'phonemes',
        details: `${voice.configPath} has no id for ${plan.unknownPhonemes.map((symbol) => JSON.stringify(symbol)).join(', ')}; skipped`,
      });
    }
    if (plan.runs.length === 0) throw noAudioError();
    const timeline = new SynthesisTimeline(plan, {
      sampleRate: voice.sampleRate,
      sentenceSilenceMs: this.settings.sentenceSilenceMs,
    });
    return { plan, timeline, warnings, timestamp };
  }

  private speed(requested: number | undefined, warnings: Warning[]): number {
    if (requested === undefined) return 1;
    if (typeof requested !== 'number' || !Number.isFinite(requested) || requested <= 0) {
      throw new InvalidArgumentError({
        argument: 'speed',
        message: `[ttskit] [engine-onnx] speed must be a positive number, got ${requested}`,
      });
    }
    const { min, max } = ONNX_SPEED_RANGE;
    const speed = Math.min(Math.max(requested, min), max);
    if (speed !== requested) {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'speed',
        details: `speed ${requested} is outside ${min}–${max}; clamped to ${speed}`,
      });
    }
    return speed;
  }

  async doSynthesize(options: EngineV1CallOptions): Promise<EngineV1Result> {
    const { plan, timeline, warnings, timestamp } = await this.prepare(options);
    const outputs = await this.settings.pool.run({
      modelPath: this.settings.voice.modelPath,
      runs: plan.runs.map((run) => run.inputs),
      ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
    });
    const blocks: Int16Array[] = [];
    const words = outputs.flatMap((output, index) => {
      const pushed = timeline.push(index, output);
      blocks.push(...pushed.blocks);
      return pushed.words;
    });
    const samples = new Int16Array(timeline.totalSamples);
    let offset = 0;
    for (const block of blocks) {
      samples.set(block, offset);
      offset += block.length;
    }
    if (samples.length === 0) throw noAudioError();
    return {
      audio: { type: 'pcm', samples, sampleRate: this.settings.voice.sampleRate },
      words,
      marks: [],
      warnings,
      response: { timestamp },
    };
  }

  async doStream(options: EngineV1CallOptions): Promise<EngineV1StreamResult> {
    const { plan, timeline, warnings, timestamp } = await this.prepare(options);
    const cancel = new AbortController();
    const abortSignal = options.abortSignal
      ? AbortSignal.any([options.abortSignal, cancel.signal])
      : cancel.signal;
    const { pool, voice } = this.settings;
    const stream = new ReadableStream<EngineV1StreamPart>({
      start(controller) {
        for (const warning of warnings) controller.enqueue({ type: 'warning', warning });
        pool
          .run({
            modelPath: voice.modelPath,
            runs: plan.runs.map((run) => run.inputs),
            abortSignal,
            onRun: (index, output) => {
              const pushed = timeline.push(index, output);
              for (const samples of pushed.blocks) {
                controller.enqueue({
                  type: 'audio-delta',
                  samples,
                  sampleRate: voice.sampleRate,
                });
              }
              for (const word of pushed.words) controller.enqueue({ type: 'word', word });
            },
          })
          .then(() => {
            if (timeline.totalSamples === 0) throw noAudioError();
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
