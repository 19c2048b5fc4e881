import type { OnnxEngineOptions } from './onnx-engine-options';
import { voiceError } from './onnx-voice-error';
import { sentenceTokens, splitTokens } from './phoneme-sequence';
import type { OnnxPhonemizer } from './phonemizer';
import { segmentText, type TextWord } from './text-segmentation';
import type { ModelInputs, VoiceModel } from './voice-model';

/** One inference: a sentence, or a piece of one too long for the model. */
export type PlannedRun = {
  sentence: number;
  inputs: ModelInputs;
  /** For each id, the index of its word in the sentence's words (-1: none). */
  wordOfId: readonly number[];
};

export type SynthesisPlan = {
  /** The words of each sentence, in order; offsets index the input. */
  sentenceWords: TextWord[][];
  runs: PlannedRun[];
  /** Phonemes the voice has no id for (skipped), without repeats. */
  unknownPhonemes: string[];
};

export type UnknownPhonemePolicy = 'warn' | 'error';

/**
 * Text → sentences and clauses → IPA (one phonemizer call for the whole
 * input) → phoneme tokens → model ids, split into runs the model accepts.
 */
export async function planSynthesis(options: {
  text: string;
  voice: VoiceModel;
  loadPhonemizer: () => Promise<OnnxPhonemizer>;
  speed: number;
  engineOptions: OnnxEngineOptions;
  unknownPhonemes: UnknownPhonemePolicy;
  abortSignal?: AbortSignal;
}): Promise<SynthesisPlan> {
  const { voice } = options;
  const sentences = segmentText(options.text);
  const clauses = sentences.flatMap((sentence) => sentence.clauses);
  let phonemes: string[][];
  if (voice.phonemeType === 'text') {
    phonemes = clauses.map((clause) => [
      clause.words.map((word) => word.text.toLowerCase()).join(' '),
    ]);
  } else if (clauses.length === 0) {
    phonemes = [];
  } else {
    const phonemizer = await options.loadPhonemizer();
    phonemes = await phonemizer.phonemize(
      clauses.map((clause) => clause.text),
      {
        voice: voice.espeakVoice,
        ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
      },
    );
  }
  const unknown = new Set<string>();
  const runs: PlannedRun[] = [];
  let clauseIndex = 0;
  sentences.forEach((sentence, sentenceIndex) => {
    const clausePhonemes = sentence.clauses.map(() =>
      (phonemes[clauseIndex++] ?? []).map((clause) => voice.adaptPhonemes(clause)),
    );
    const tokens = sentenceTokens({ sentence, clausePhonemes });
    for (const piece of splitTokens(tokens, voice.maxTokensPerRun)) {
      const encoded = voice.encode(piece);
      for (const symbol of encoded.unknown) unknown.add(symbol);
      if (!encoded.wordOfId.some((word) => word >= 0)) continue;
      runs.push({
        sentence: sentenceIndex,
        wordOfId: encoded.wordOfId,
        inputs: voice.inputs({
          ids: encoded.ids,
          speed: options.speed,
          engineOptions: options.engineOptions,
        }),
      });
    }
  });
  if (unknown.size > 0 && options.unknownPhonemes === 'error') {
    throw voiceError({
      file: voice.configPath,
      reason: 'unknown-phoneme',
      detail: `no id for phoneme${unknown.size === 1 ? '' : 's'} ${[...unknown].map((symbol) => JSON.stringify(symbol)).join(', ')} in this voice's phoneme map`,
    });
  }
  return {
    sentenceWords: sentences.map((sentence) =>
      sentence.clauses.flatMap((clause) => clause.words),
    ),
    runs,
    unknownPhonemes: [...unknown],
  };
}
