import {
  describeKokoroVoice,
  KOKORO_MAX_TOKENS,
  KOKORO_SAMPLE_RATE,
  type KokoroModelConfig,
  styleForTokens,
} from './kokoro-model-config';
import type { OnnxEngineOptions } from './onnx-engine-options';
import type { PhonemeToken } from './phoneme-sequence';
import type { EncodedTokens, ModelInputs, VoiceModel } from './voice-model';

/**
 * espeak-ng's IPA as Kokoro's vocabulary spells it (the substitutions
 * kokoro-js applies to espeak output).
 */
function kokoroSpelling(phonemes: string): string {
  return phonemes
    .replace(/ʲ/g, 'j')
    .replace(/r/g, 'ɹ')
    .replace(/x/g, 'k')
    .replace(/ɬ/g, 'l');
}

/** One voice (style vectors) of a Kokoro model. */
export class KokoroVoice implements VoiceModel {
  readonly kind = 'kokoro';
  readonly configPath: string;
  readonly sampleRate = KOKORO_SAMPLE_RATE;
  readonly espeakVoice: string;
  readonly phonemeType = 'espeak';
  readonly maxTokensPerRun = KOKORO_MAX_TOKENS;
  readonly speakers = 1;

  constructor(
    readonly modelPath: string,
    private readonly config: KokoroModelConfig,
    private readonly styles: Float32Array,
    voiceName: string,
  ) {
    this.configPath = config.file;
    this.espeakVoice = describeKokoroVoice(voiceName).espeakVoice;
  }

  adaptPhonemes(phonemes: string): string {
    return kokoroSpelling(phonemes);
  }

  /** Token ids with the pad (0) at both ends. */
  encode(tokens: readonly PhonemeToken[]): EncodedTokens {
    const ids = [0];
    const wordOfId = [-1];
    const unknown: string[] = [];
    for (const token of tokens) {
      const id = this.config.vocab.get(token.symbol);
      if (id === undefined) unknown.push(token.symbol);
      else {
        ids.push(id);
        wordOfId.push(token.word);
      }
    }
    ids.push(0);
    wordOfId.push(-1);
    return { ids, wordOfId, unknown };
  }

  inputs(options: {
    ids: readonly number[];
    speed: number;
    engineOptions: OnnxEngineOptions;
  }): ModelInputs {
    return {
      kind: 'kokoro',
      ids: options.ids,
      style: styleForTokens(this.styles, options.ids.length - 2),
      speed: options.speed,
    };
  }
}
