import type { SynthesizeSpeechCommandInput } from '@aws-sdk/client-polly';
import type { PollyEngineOptions } from './polly-engine-options';
import type { PollyAudioFormat } from './polly-output-format';
import type { PollyVoiceSelection } from './polly-voice-id';

type RequestBase = {
  voice: PollyVoiceSelection;
  input: string;
  inputType: 'ssml' | 'text';
  engineOptions: PollyEngineOptions;
};

function commonFields(options: RequestBase) {
  const { voice, input, inputType, engineOptions } = options;
  return {
    Engine: voice.engineType,
    Text: input,
    TextType: inputType,
    VoiceId: voice.voiceId as SynthesizeSpeechCommandInput['VoiceId'],
    ...(engineOptions.languageCode === undefined
      ? {}
      : {
          LanguageCode:
            engineOptions.languageCode as SynthesizeSpeechCommandInput['LanguageCode'],
        }),
    ...(engineOptions.lexiconNames === undefined
      ? {}
      : { LexiconNames: engineOptions.lexiconNames }),
  };
}

/** The `SynthesizeSpeech` input for audio. `SampleRate` is a string on the wire. */
export function audioRequest(
  options: RequestBase & { outputFormat: PollyAudioFormat; sampleRate: number },
): SynthesizeSpeechCommandInput {
  return {
    ...commonFields(options),
    OutputFormat: options.outputFormat,
    SampleRate: String(options.sampleRate),
  };
}

/**
 * The `SynthesizeSpeech` input for speech marks: word marks, and `<mark>`
 * marks for SSML (Polly rejects `ssml` marks for plain text).
 */
export function speechMarksRequest(options: RequestBase): SynthesizeSpeechCommandInput {
  return {
    ...commonFields(options),
    OutputFormat: 'json',
    SpeechMarkTypes: options.inputType === 'ssml' ? ['word', 'ssml'] : ['word'],
  };
}
