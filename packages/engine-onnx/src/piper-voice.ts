import { InvalidArgumentError } from '@ttskit/core/spec';
import type { OnnxEngineOptions } from './onnx-engine-options';
import type { PhonemeToken } from './phoneme-sequence';
import type { PiperVoiceConfig } from './piper-voice-config';
import type { EncodedTokens, ModelInputs, VoiceModel } from './voice-model';

/** A Piper voice: `voice.onnx` with its `voice.onnx.json`. */
export class PiperVoice implements VoiceModel {
  readonly kind = 'piper';
  readonly configPath: string;
  readonly sampleRate: number;
  readonly espeakVoice: string;
  readonly phonemeType: 'espeak' | 'text';
  readonly maxTokensPerRun = Number.POSITIVE_INFINITY;
  readonly speakers: number;

  constructor(
    readonly modelPath: string,
    private readonly config: PiperVoiceConfig,
    /** Speaker from the voice id (`voice#speaker`), if any. */
    private readonly defaultSpeaker?: string,
  ) {
    this.configPath = config.file;
    this.sampleRate = config.sampleRate;
    this.espeakVoice = config.espeakVoice;
    this.phonemeType = config.phonemeType;
    this.speakers = config.numSpeakers;
    if (defaultSpeaker !== undefined) this.speakerId(defaultSpeaker, 'voice');
  }

  adaptPhonemes(phonemes: string): string {
    return phonemes;
  }

  /** `^ _ (phoneme _)* $`, as Piper builds them. */
  encode(tokens: readonly PhonemeToken[]): EncodedTokens {
    const map = this.config.phonemeIdMap;
    const pad = map.get('_') as readonly number[];
    const ids: number[] = [];
    const wordOfId: number[] = [];
    const unknown: string[] = [];
    const push = (symbolIds: readonly number[], word: number) => {
      for (const id of symbolIds) {
        ids.push(id);
        wordOfId.push(word);
      }
    };
    push(map.get('^') as readonly number[], -1);
    push(pad, -1);
    for (const token of tokens) {
      const symbolIds = map.get(token.symbol);
      if (!symbolIds) {
        unknown.push(token.symbol);
        continue;
      }
      push(symbolIds, token.word);
      push(pad, token.word);
    }
    push(map.get('$') as readonly number[], -1);
    return { ids, wordOfId, unknown };
  }

  inputs(options: {
    ids: readonly number[];
    speed: number;
    engineOptions: OnnxEngineOptions;
  }): ModelInputs {
    const { engineOptions } = options;
    const lengthScale =
      (engineOptions.lengthScale ?? this.config.lengthScale) / options.speed;
    const speaker = engineOptions.speaker ?? this.defaultSpeaker;
    return {
      kind: 'piper',
      ids: options.ids,
      scales: [
        engineOptions.noiseScale ?? this.config.noiseScale,
        lengthScale,
        engineOptions.noiseW ?? this.config.noiseW,
      ],
      ...(this.speakers > 1
        ? {
            speakerId:
              speaker === undefined
                ? 0
                : this.speakerId(speaker, 'engineOptions.onnx.speaker'),
          }
        : {}),
    };
  }

  private speakerId(speaker: string | number, argument: string): number {
    const byName = this.config.speakerIdMap[String(speaker)];
    const id = byName ?? (/^\d+$/.test(String(speaker)) ? Number(speaker) : undefined);
    if (id === undefined || id >= this.speakers || this.speakers <= 1) {
      throw new InvalidArgumentError({
        argument,
        message: `[ttskit] [engine-onnx] ${this.configPath}: no speaker "${speaker}" (the voice has ${this.speakers} speaker${this.speakers === 1 ? '' : 's'}; names are in speaker_id_map)`,
      });
    }
    return id;
  }
}
