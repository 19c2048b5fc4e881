import type {
  SpeechifyAudioFormat,
  SpeechifySpeechRequestBody,
} from './speechify-api-types';
import type { SpeechifyEngineOptions } from './speechify-engine-options';

/**
 * The JSON body of both endpoints, keys always in the same order so the
 * same call gives byte-identical requests. `audio_format` only for
 * `/v1/audio/speech` (the stream endpoint takes `Accept`).
 */
export function speechRequestBody(options: {
  input: string;
  voice: string;
  audioFormat?: SpeechifyAudioFormat;
  language?: string | undefined;
  engineOptions: SpeechifyEngineOptions;
}): SpeechifySpeechRequestBody {
  const { engineOptions } = options;
  const requestOptions: NonNullable<SpeechifySpeechRequestBody['options']> = {};
  if (engineOptions.loudnessNormalization !== undefined)
    requestOptions.loudness_normalization = engineOptions.loudnessNormalization;
  if (engineOptions.textNormalization !== undefined)
    requestOptions.text_normalization = engineOptions.textNormalization;
  return {
    input: options.input,
    voice_id: options.voice,
    ...(options.audioFormat === undefined ? {} : { audio_format: options.audioFormat }),
    ...(options.language === undefined ? {} : { language: options.language }),
    ...(engineOptions.model === undefined ? {} : { model: engineOptions.model }),
    ...(Object.keys(requestOptions).length === 0 ? {} : { options: requestOptions }),
  };
}
