import type {
  EngineV1,
  EngineV1CallOptions,
  EngineV1Capabilities,
  EngineV1Result,
  EngineV1StreamResult,
} from '@ttskit/core/spec';
import { speechMarksToWords } from './speech-marks';
import type { SpeechifySpeechResponse } from './speechify-api-types';
import { decodeSpeechAudio, requestedAudioFormat } from './speechify-audio';
import { speechifyCapabilities } from './speechify-capabilities';
import type { SpeechifyClient } from './speechify-client';
import {
  parseSpeechifyEngineOptions,
  type SpeechifyEngineOptions,
} from './speechify-engine-options';
import { abortError, malformedResponseError, noAudioError } from './speechify-errors';
import { prepareSpeechifyInput } from './speechify-input';
import { speechRequestBody } from './speechify-request-body';
import { streamSpeech } from './speechify-stream';

export type SpeechifyModelSettings = {
  client: SpeechifyClient;
  voice: string;
  /** From the provider settings; `engineOptions.speechify` overrides them per call. */
  defaults: SpeechifyEngineOptions;
  passThroughCompressed: boolean;
};

/** One Speechify voice as an `EngineV1`. */
export class SpeechifyEngineModel implements EngineV1 {
  readonly specificationVersion = 'v1' as const;
  readonly engine = 'speechify';
  readonly voice: string;
  readonly capabilities: EngineV1Capabilities;

  constructor(private readonly settings: SpeechifyModelSettings) {
    this.voice = settings.voice;
    const emotion = settings.defaults.emotion;
    const reserved = emotion
      ? `<speechify:style emotion="${emotion}"></speechify:style>`
      : '';
    this.capabilities = speechifyCapabilities({ reserved: reserved.length });
  }

  /** Validates and rewrites the call; throws before any request. */
  private prepare(options: EngineV1CallOptions) {
    if (options.abortSignal?.aborted) throw abortError(options.abortSignal.reason);
    const engineOptions = {
      ...this.settings.defaults,
      ...parseSpeechifyEngineOptions(options.engineOptions?.speechify),
    };
    const prepared = prepareSpeechifyInput({
      input: options.input,
      inputType: options.inputType,
      emotion: engineOptions.emotion,
    });
    const body = {
      input: prepared.text,
      voice: this.voice,
      language: options.language ?? prepared.language,
      engineOptions,
    };
    return { prepared, body };
  }

  async doSynthesize(options: EngineV1CallOptions): Promise<EngineV1Result> {
    const { prepared, body } = this.prepare(options);
    const timestamp = new Date();
    const audioFormat = requestedAudioFormat({
      format: options.format,
      sampleRate: options.sampleRate,
      passThroughCompressed: this.settings.passThroughCompressed,
    });
    const { value, headers, url } =
      await this.settings.client.json<SpeechifySpeechResponse>({
        method: 'POST',
        path: '/v1/audio/speech',
        body: speechRequestBody({ ...body, audioFormat }),
        accept: 'application/json',
        headers: options.headers,
        abortSignal: options.abortSignal,
      });
    if (
      value === null ||
      typeof value !== 'object' ||
      typeof value.audio_data !== 'string'
    )
      throw malformedResponseError({ detail: 'no audio_data', url });
    const data = new Uint8Array(Buffer.from(value.audio_data, 'base64'));
    if (data.length === 0) throw noAudioError();
    const requestId = headers.get('speechify-request-id') ?? undefined;
    const billed = value.billable_characters_count;
    return {
      audio: decodeSpeechAudio({ data, url }),
      words: speechMarksToWords({
        marks: value.speech_marks,
        sent: prepared.text,
        isSsml: prepared.isSsml,
        map: prepared.map,
        input: options.input,
      }),
      marks: [],
      warnings: prepared.warnings,
      response: {
        timestamp,
        ...(requestId ? { requestId } : {}),
        ...(typeof billed === 'number' ? { billedCharacters: billed } : {}),
      },
    };
  }

  async doStream(options: EngineV1CallOptions): Promise<EngineV1StreamResult> {
    const { prepared, body } = this.prepare(options);
    return streamSpeech({
      client: this.settings.client,
      body: speechRequestBody(body),
      headers: options.headers,
      abortSignal: options.abortSignal,
      warnings: prepared.warnings,
    });
  }
}
