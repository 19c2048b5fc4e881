import type {
  EngineV1,
  EngineV1CallOptions,
  EngineV1Result,
  EngineV1StreamResult,
  Warning,
} from '@ttskit/core/spec';
import { fetchAudio } from './polly-audio-request';
import { planPollyCall } from './polly-call-plan';
import { PollyCallScope } from './polly-call-scope';
import { type PollyCapabilities, pollyCapabilities } from './polly-capabilities';
import type { PollyClientHolder, PollyConnection } from './polly-client-holder';
import { toEngineAudio } from './polly-engine-audio';
import { abortError, ENGINE_ID, noAudioError } from './polly-errors';
import { fetchSpeechMarks } from './polly-speech-marks-request';
import { streamPollyParts } from './polly-stream-parts';
import type { PollyVoiceSelection } from './polly-voice-id';
import { readableFromParts } from './readable-from-parts';
import { speechMarksToTimings } from './speech-mark-timings';

export type PollyModelSettings = {
  clients: PollyClientHolder;
  voice: PollyVoiceSelection;
  timeoutMs: number;
  speechMarks: boolean;
};

const OPERATION = 'SynthesizeSpeech';

function connectionWarnings(connection: PollyConnection): Warning[] {
  return connection.warnings.map((message) => ({ type: 'other', message }));
}

/** One Polly voice with one engine type, as an `EngineV1`. */
export class PollyEngineModel implements EngineV1 {
  readonly specificationVersion = 'v1' as const;
  readonly engine = ENGINE_ID;
  /** `Joanna:neural`: the voice id and the engine type. */
  readonly voice: string;
  readonly capabilities: PollyCapabilities;

  constructor(private readonly settings: PollyModelSettings) {
    this.voice = settings.voice.id;
    this.capabilities = pollyCapabilities({
      engineType: settings.voice.engineType,
      speechMarks: settings.speechMarks,
    });
  }

  private plan(options: EngineV1CallOptions, streaming: boolean) {
    return planPollyCall({
      call: options,
      voice: this.settings.voice,
      speechMarks: this.settings.speechMarks,
      streaming,
    });
  }

  private scope(options: EngineV1CallOptions): PollyCallScope {
    return new PollyCallScope({
      callerSignal: options.abortSignal,
      timeoutMs: this.settings.timeoutMs,
      operation: OPERATION,
    });
  }

  /** The client (the SDK loads on the first call, before the timeout starts). */
  private async connect(signal: AbortSignal | undefined): Promise<PollyConnection> {
    const connection = await this.settings.clients.get();
    if (signal?.aborted) throw abortError(signal);
    return connection;
  }

  async doSynthesize(options: EngineV1CallOptions): Promise<EngineV1Result> {
    const plan = this.plan(options, false);
    const connection = await this.connect(options.abortSignal);
    const scope = this.scope(options);
    try {
      const [audio, timing] = await Promise.all([
        fetchAudio({
          connection,
          scope,
          input: plan.audioInput,
          timestamp: plan.timestamp,
        }),
        plan.marksInput &&
          fetchSpeechMarks({ connection, scope, input: plan.marksInput }),
      ]);
      const {
        audio: engineAudio,
        durationMs,
        empty,
      } = toEngineAudio({
        chunks: audio.chunks,
        output: plan.output,
      });
      if (empty) throw noAudioError(this.voice);
      const parts = timing
        ? speechMarksToTimings({
            marks: timing.marks,
            input: options.input,
            inputType: options.inputType,
            audioDurationMs: durationMs,
          })
        : [];
      return {
        audio: engineAudio,
        words: parts.flatMap((part) => (part.type === 'word' ? [part.word] : [])),
        marks: parts.flatMap((part) => (part.type === 'mark' ? [part.mark] : [])),
        warnings: [
          ...connectionWarnings(connection),
          ...plan.warnings,
          ...(timing?.warnings ?? []),
        ],
        response: audio.response,
      };
    } catch (error) {
      throw scope.toError(error);
    } finally {
      scope.stop();
      scope.dispose();
    }
  }

  async doStream(options: EngineV1CallOptions): Promise<EngineV1StreamResult> {
    const plan = this.plan(options, true);
    const connection = await this.connect(options.abortSignal);
    const scope = this.scope(options);
    const parts = streamPollyParts({
      connection,
      scope,
      plan,
      call: options,
      warnings: connectionWarnings(connection),
      voice: this.voice,
    });
    return {
      stream: readableFromParts({ parts, onCancel: (reason) => scope.stop(reason) }),
    };
  }
}
