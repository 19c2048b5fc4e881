import type { EngineV1CallOptions, Warning } from '@ttskit/core/spec';
import { type PollyEngineOptions, parsePollyEngineOptions } from './polly-engine-options';
import { hasSpeechMarks } from './polly-engine-type';
import { abortError } from './polly-errors';
import { choosePollyOutput, type PollyOutputChoice } from './polly-output-format';
import { audioRequest, speechMarksRequest } from './polly-request';
import type { PollyVoiceSelection } from './polly-voice-id';

/** Everything one call sends, decided before any request. */
export type PollyCallPlan = {
  output: PollyOutputChoice;
  audioInput: ReturnType<typeof audioRequest>;
  /** Absent when no speech marks are wanted (or the engine type has none). */
  marksInput: ReturnType<typeof speechMarksRequest> | undefined;
  warnings: Warning[];
  timestamp: Date;
};

/** Validates a call and builds its requests; throws before any work. */
export function planPollyCall(options: {
  call: EngineV1CallOptions;
  voice: PollyVoiceSelection;
  speechMarks: boolean;
  streaming: boolean;
}): PollyCallPlan {
  const { call, voice } = options;
  if (call.abortSignal?.aborted) throw abortError(call.abortSignal);
  const engineOptions: PollyEngineOptions = parsePollyEngineOptions(
    call.engineOptions?.polly,
  );
  const output = choosePollyOutput({
    format: call.format,
    sampleRate: call.sampleRate,
    engineType: voice.engineType,
    streaming: options.streaming,
  });
  const base = {
    voice,
    input: call.input,
    inputType: call.inputType,
    engineOptions,
  };
  const wantsMarks =
    (engineOptions.speechMarks ?? options.speechMarks) &&
    hasSpeechMarks(voice.engineType);
  return {
    output,
    audioInput: audioRequest({
      ...base,
      outputFormat: output.outputFormat,
      sampleRate: output.sampleRate,
    }),
    marksInput: wantsMarks ? speechMarksRequest(base) : undefined,
    warnings: [...output.warnings],
    timestamp: new Date(),
  };
}
