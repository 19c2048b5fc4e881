import { engineError } from './onnx-engine-errors';

/**
 * Turns text into IPA. Per text, its clauses; each clause one string of
 * words separated by single spaces, a word's phonemes not separated
 * (`[['həlˈoʊ wˈɜːld']]` for `['Hello world']`): espeak-ng's IPA, the form
 * Piper and Kokoro voices are trained on. `voice` is an espeak-ng voice or
 * language (`en-us`, from the Piper config's `espeak.voice`).
 *
 * `@ttskit/engine-espeak`'s providers have this shape, so an espeak provider
 * can be passed as is and its workers are shared.
 */
export type OnnxPhonemizer = {
  phonemize(
    texts: readonly string[],
    options: { voice: string; abortSignal?: AbortSignal },
  ): Promise<string[][]>;
};

let defaultPhonemizer: Promise<OnnxPhonemizer> | undefined;

/**
 * The default phonemizer: the default `espeak` provider of
 * `@ttskit/engine-espeak` (GPL-3.0), loaded on first use. It is the same
 * instance `espeak()` synthesizes with, so espeak is loaded once.
 */
export function loadDefaultPhonemizer(): Promise<OnnxPhonemizer> {
  defaultPhonemizer ??= import('@ttskit/engine-espeak').then(
    (module) => module.espeak,
    (error: unknown) => {
      defaultPhonemizer = undefined;
      throw engineError(
        'Piper and Kokoro voices need a phonemizer: install @ttskit/engine-espeak (GPL-3.0), or pass your own as settings.phonemizer',
        { isRetryable: false, cause: error },
      );
    },
  );
  return defaultPhonemizer;
}
