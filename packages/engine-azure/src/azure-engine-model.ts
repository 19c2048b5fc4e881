import type {
  EngineV1,
  EngineV1CallOptions,
  EngineV1Capabilities,
  EngineV1MarkTiming,
  EngineV1Result,
  EngineV1StreamResult,
  EngineV1WordTiming,
} from '@ttskit/core/spec';
import { audioFromResult } from './audio-from-result';
import { azureCapabilities } from './azure-capabilities';
import type { AzureEngineContext } from './azure-engine-context';
import { prepareCall } from './prepare-call';
import { runSynthesis } from './run-synthesis';
import { streamSynthesis } from './stream-synthesis';
import { createTimelineListener } from './timeline-listener';

/** One Azure voice as an `EngineV1`, synthesizing over the Speech SDK's websocket. */
export class AzureEngineModel implements EngineV1 {
  readonly specificationVersion = 'v1' as const;
  readonly engine = 'azure';
  readonly capabilities: EngineV1Capabilities;

  constructor(
    private readonly context: AzureEngineContext,
    readonly voice: string,
  ) {
    this.capabilities = azureCapabilities(voice);
  }

  async doSynthesize(options: EngineV1CallOptions): Promise<EngineV1Result> {
    const call = prepareCall({ call: options, voice: this.voice, streaming: false });
    const words: EngineV1WordTiming[] = [];
    const marks: EngineV1MarkTiming[] = [];
    const synthesizer = await this.context.acquire(call.outputFormat);
    const result = await runSynthesis({
      pool: this.context.pool,
      synthesizer,
      outputFormat: call.outputFormat,
      ssml: call.ssml,
      timeoutMs: this.context.timeoutMs,
      abortSignal: options.abortSignal,
      listener: createTimelineListener({
        locator: call.locator,
        // the SDK assembles the whole audio anyway (result.audioData)
        onAudio: () => undefined,
        onWord: (word) => words.push(word),
        onMark: (mark) => marks.push(mark),
      }),
    });
    return {
      audio: audioFromResult({
        audioData: result.audioData,
        outputFormat: call.outputFormat,
      }),
      words,
      marks,
      warnings: call.warnings,
      response: { timestamp: call.timestamp, requestId: result.resultId },
    };
  }

  async doStream(options: EngineV1CallOptions): Promise<EngineV1StreamResult> {
    const call = prepareCall({ call: options, voice: this.voice, streaming: true });
    const synthesizer = await this.context.acquire(call.outputFormat);
    return streamSynthesis({
      context: this.context,
      synthesizer,
      call,
      abortSignal: options.abortSignal,
    });
  }
}
