import type { OnnxEngineOptions } from './onnx-engine-options';
import type { PhonemeToken } from './phoneme-sequence';

/** The tensors of one inference, by model family. */
export type ModelInputs =
  | {
      kind: 'piper';
      ids: readonly number[];
      /** noise_scale, length_scale, noise_w. */
      scales: readonly [number, number, number];
      /** Only for multi-speaker voices. */
      speakerId?: number;
    }
  | { kind: 'kokoro'; ids: readonly number[]; style: Float32Array; speed: number };

/** Phoneme tokens as model ids, each with the word it belongs to (-1: none). */
export type EncodedTokens = { ids: number[]; wordOfId: number[]; unknown: string[] };

/** A voice ready to synthesize: its files, its phoneme set and how its tensors are built. */
export type VoiceModel = {
  readonly kind: 'piper' | 'kokoro';
  readonly modelPath: string;
  /** The file that maps phonemes (named in unknown-phoneme errors). */
  readonly configPath: string;
  readonly sampleRate: number;
  /** espeak-ng voice for the phonemizer. */
  readonly espeakVoice: string;
  /** `text`: the words' own characters are the phonemes (no phonemizer). */
  readonly phonemeType: 'espeak' | 'text';
  /** Most phoneme tokens per inference. */
  readonly maxTokensPerRun: number;
  /** Speakers of the model (more than 1: a multi-speaker Piper voice). */
  readonly speakers: number;
  /** Post-processes phonemizer output (Kokoro's espeak substitutions). */
  adaptPhonemes(phonemes: string): string;
  encode(tokens: readonly PhonemeToken[]): EncodedTokens;
  inputs(options: {
    ids: readonly number[];
    speed: number;
    engineOptions: OnnxEngineOptions;
  }): ModelInputs;
};
