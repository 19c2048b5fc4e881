import {
  type EngineV1CallOptions,
  InvalidArgumentError,
  type Warning,
} from '@ttskit/core/spec';
import type { GoogleSynthesizeRequest } from './google-api-types';
import { type GoogleAudioOutput, planAudioOutput } from './google-audio-output';
import type { GoogleVoiceCapabilities } from './google-capabilities';
import type { GoogleEngineOptions } from './google-engine-options';

export type PreparedSynthesizeRequest = {
  /** `/v1beta1/text:synthesize` when marks are asked for, else `/v1/text:synthesize`. */
  path: string;
  /** The JSON body; the same call options always give the same bytes. */
  body: string;
  output: GoogleAudioOutput;
  warnings: Warning[];
};

function speakingRate(options: {
  voice: GoogleVoiceCapabilities;
  rate: number;
  warnings: Warning[];
}): number | undefined {
  const { voice, rate, warnings } = options;
  if (rate === 1) return undefined;
  const range = voice.capabilities.speed;
  if (range === undefined) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'speed',
      details: `Google ${voice.family} voices take no speaking rate; ${rate} was not applied`,
    });
    return undefined;
  }
  const clamped = Math.min(range.max, Math.max(range.min, rate));
  if (clamped !== rate) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'speed',
      details: `Google ${voice.family} voices take speaking rates from ${range.min} to ${range.max}; ${rate} was clamped to ${clamped}`,
    });
  }
  return clamped;
}

function pitch(options: {
  voice: GoogleVoiceCapabilities;
  value: number | undefined;
  warnings: Warning[];
}): number | undefined {
  const { voice, value, warnings } = options;
  if (value === undefined || value === 0) return undefined;
  if (voice.plainTextOnly || voice.family === 'studio') {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'engineOptions.google.pitch',
      details: `Google ${voice.family} voices take no pitch; it was not applied`,
    });
    return undefined;
  }
  return value;
}

/**
 * The `text:synthesize` request for one call: `input.ssml` or `input.text`
 * by `inputType`, the voice by name and locale, `audioConfig` from the
 * format, rate and engine options, and `enableTimePointing: ['SSML_MARK']`
 * (v1beta1) when SSML with `<mark>` goes to a voice that reports marks.
 */
export function prepareSynthesizeRequest(options: {
  voiceName: string;
  languageCode: string;
  voice: GoogleVoiceCapabilities;
  callOptions: EngineV1CallOptions;
  engineOptions: GoogleEngineOptions;
}): PreparedSynthesizeRequest {
  const { voice, callOptions, engineOptions } = options;
  const { input, inputType } = callOptions;
  const bytes = Buffer.byteLength(input, 'utf8');
  // Google counts one limit, in UTF-8 bytes
  const max = Math.min(...[voice.capabilities.maxInput].flat().map((limit) => limit.max));
  if (bytes > max) {
    throw new InvalidArgumentError({
      argument: 'input',
      message: `[ttskit] [engine-google] the input is ${bytes} bytes; Google takes at most ${max} per request, tags included. createSynthesizer() cuts longer inputs into chunks.`,
    });
  }
  const output = planAudioOutput({
    format: callOptions.format,
    sampleRate: callOptions.sampleRate,
  });
  const warnings = [...output.warnings];
  const rate = speakingRate({
    voice,
    rate: (engineOptions.speakingRate ?? 1) * (callOptions.speed ?? 1),
    warnings,
  });
  const semitones = pitch({ voice, value: engineOptions.pitch, warnings });
  const timepoints =
    inputType === 'ssml' && voice.capabilities.marks && /<mark\b/.test(input);
  const request: GoogleSynthesizeRequest = {
    input: inputType === 'ssml' ? { ssml: input } : { text: input },
    voice: { languageCode: options.languageCode, name: options.voiceName },
    audioConfig: {
      audioEncoding: output.audioEncoding,
      ...(output.sampleRateHertz === undefined
        ? {}
        : { sampleRateHertz: output.sampleRateHertz }),
      ...(rate === undefined ? {} : { speakingRate: rate }),
      ...(semitones === undefined ? {} : { pitch: semitones }),
      ...(engineOptions.volumeGainDb === undefined
        ? {}
        : { volumeGainDb: engineOptions.volumeGainDb }),
      ...(engineOptions.effectsProfileId === undefined
        ? {}
        : { effectsProfileId: engineOptions.effectsProfileId }),
    },
    ...(timepoints ? { enableTimePointing: ['SSML_MARK' as const] } : {}),
  };
  return {
    path: timepoints ? '/v1beta1/text:synthesize' : '/v1/text:synthesize',
    body: JSON.stringify(request),
    output,
    warnings,
  };
}
