import type {
  EngineV1,
  EngineV1CallOptions,
  EngineV1Capabilities,
  EngineV1Result,
} from '@ttskit/core/spec';
import { InvalidArgumentError } from '@ttskit/core/spec';
import type { GoogleSynthesizeResponse } from './google-api-types';
import { decodeAudioContent } from './google-audio-content';
import {
  type GoogleVoiceCapabilities,
  googleVoiceCapabilities,
} from './google-capabilities';
import { parseGoogleEngineOptions } from './google-engine-options';
import type { ResolvedGoogleSettings } from './google-engine-settings';
import { abortError, requestGoogle } from './google-request';
import { prepareSynthesizeRequest } from './google-synthesize-request';
import { timepointsToMarks } from './google-timepoints';
import { googleVoiceLocale } from './google-voice-family';

/** One Google voice as an `EngineV1`: one `text:synthesize` request per call. */
export class GoogleEngineModel implements EngineV1 {
  readonly specificationVersion = 'v1' as const;
  readonly engine = 'google';
  readonly voice: string;
  readonly capabilities: EngineV1Capabilities;
  /** The voice's family (`neural2`, `chirp3-hd`, ...), told from its name. */
  readonly family: GoogleVoiceCapabilities['family'];
  private readonly voiceCapabilities: GoogleVoiceCapabilities;
  private readonly settings: ResolvedGoogleSettings;

  constructor(options: { settings: ResolvedGoogleSettings; voice: string }) {
    if (typeof options.voice !== 'string' || options.voice.trim() === '') {
      throw new InvalidArgumentError({
        argument: 'voice',
        message:
          '[ttskit] [engine-google] the voice must be a Google voice name such as "en-US-Neural2-F"',
      });
    }
    this.settings = options.settings;
    this.voice = options.voice.trim();
    this.voiceCapabilities = googleVoiceCapabilities(this.voice);
    this.family = this.voiceCapabilities.family;
    this.capabilities = this.voiceCapabilities.capabilities;
  }

  private languageCode(options: EngineV1CallOptions): string {
    const languageCode = googleVoiceLocale(this.voice) ?? options.language;
    if (languageCode === undefined) {
      throw new InvalidArgumentError({
        argument: 'language',
        message: `[ttskit] [engine-google] the voice "${this.voice}" does not start with a locale; pass the request's language (BCP-47, e.g. "en-US")`,
      });
    }
    return languageCode;
  }

  async doSynthesize(options: EngineV1CallOptions): Promise<EngineV1Result> {
    if (options.abortSignal?.aborted) throw abortError(options.abortSignal);
    const prepared = prepareSynthesizeRequest({
      voiceName: this.voice,
      languageCode: this.languageCode(options),
      voice: this.voiceCapabilities,
      callOptions: options,
      engineOptions: parseGoogleEngineOptions(options.engineOptions?.google),
    });
    const timestamp = new Date();
    const response = await requestGoogle<GoogleSynthesizeResponse>({
      settings: this.settings,
      method: 'POST',
      path: prepared.path,
      body: prepared.body,
      abortSignal: options.abortSignal,
      headers: options.headers,
    });
    const audio = decodeAudioContent({
      audioContent: response.body?.audioContent,
      output: prepared.output,
      url: response.url,
    });
    return {
      audio,
      words: [],
      marks: timepointsToMarks(response.body?.timepoints),
      warnings: prepared.warnings,
      response: { timestamp },
    };
  }
}
