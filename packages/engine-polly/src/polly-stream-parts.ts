import { PcmStreamReader } from '@ttskit/core';
import type { EngineV1CallOptions, EngineV1StreamPart, Warning } from '@ttskit/core/spec';
import { sendAudioRequest } from './polly-audio-request';
import type { PollyCallPlan } from './polly-call-plan';
import type { PollyCallScope } from './polly-call-scope';
import type { PollyConnection } from './polly-client-holder';
import { noAudioError } from './polly-errors';
import { fetchSpeechMarks } from './polly-speech-marks-request';
import { speechMarksToTimings } from './speech-mark-timings';
import { TimedPartQueue } from './timed-part-queue';

/**
 * The parts of a streamed synthesis: warnings, then PCM `audio-delta`s as
 * Polly's `AudioStream` delivers them, each word and mark once the audio
 * has reached it (speech marks arrive from a parallel request), then
 * `finish`. Any failure ends the stream with the mapped error.
 */
export async function* streamPollyParts(options: {
  connection: PollyConnection;
  scope: PollyCallScope;
  plan: PollyCallPlan;
  call: EngineV1CallOptions;
  warnings: Warning[];
  voice: string;
}): AsyncGenerator<EngineV1StreamPart> {
  const { connection, scope, plan, call } = options;
  const { sampleRate } = plan.output;
  const queue = new TimedPartQueue();
  let marksError: unknown;
  const marksTask = plan.marksInput
    ? fetchSpeechMarks({ connection, scope, input: plan.marksInput }).then(
        (result) => {
          queue.fill(
            speechMarksToTimings({
              marks: result.marks,
              input: call.input,
              inputType: call.inputType,
            }),
          );
          return result.warnings;
        },
        (error: unknown) => {
          marksError = error;
          scope.stop(error);
          throw error;
        },
      )
    : Promise.resolve([] as Warning[]);
  marksTask.catch(() => undefined);
  try {
    for (const warning of [...options.warnings, ...plan.warnings])
      yield { type: 'warning', warning };
    const audio = await sendAudioRequest({
      connection,
      scope,
      input: plan.audioInput,
      timestamp: plan.timestamp,
    });
    const decoder = new PcmStreamReader();
    let sampleCount = 0;
    for await (const chunk of audio.chunks) {
      const samples = decoder.push(chunk);
      if (samples.length === 0) continue;
      sampleCount += samples.length;
      yield { type: 'audio-delta', samples, sampleRate };
      for (const part of queue.release((sampleCount * 1000) / sampleRate)) yield part;
    }
    if (sampleCount === 0) throw noAudioError(options.voice);
    for (const warning of await marksTask) yield { type: 'warning', warning };
    for (const part of queue.releaseAll((sampleCount * 1000) / sampleRate)) yield part;
    yield { type: 'finish', response: audio.response };
  } catch (error) {
    throw scope.toError(marksError ?? error);
  } finally {
    scope.stop();
    scope.dispose();
  }
}
