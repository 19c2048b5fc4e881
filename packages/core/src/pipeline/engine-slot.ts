import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { UnsupportedEngineVersionError } from '../spec/errors/unsupported-engine-version-error';
import type { EngineProviderV1, EngineV1, VoiceV1 } from '../spec/v1/engine-v1';

export type EngineInput = EngineV1 | EngineProviderV1;

function isProvider(input: EngineInput): input is EngineProviderV1 {
  return typeof input === 'function';
}

function assertSupportedVersion(engine: EngineV1): EngineV1 {
  if (engine.specificationVersion !== 'v1') {
    throw new UnsupportedEngineVersionError({
      message: `[ttskit] engine "${engine.engine}" implements specification "${String(
        engine.specificationVersion,
      )}", this version of @ttskit/core supports "v1"`,
      specificationVersion: String(engine.specificationVersion),
    });
  }
  return engine;
}

/**
 * One configured engine: a fixed `EngineV1` or a provider that yields one
 * per voice. Resolved engines are memoized per voice.
 */
export class EngineSlot {
  readonly engine: string;
  readonly defaultVoice: string;
  private readonly input: EngineInput;
  private readonly byVoice = new Map<string, EngineV1>();

  constructor(input: EngineInput) {
    this.input = input;
    if (isProvider(input)) {
      this.engine = input.engine;
      this.defaultVoice = input.defaultVoice;
    } else {
      assertSupportedVersion(input);
      this.engine = input.engine;
      this.defaultVoice = input.voice;
      this.byVoice.set(input.voice, input);
    }
  }

  /** The engine for `voice`, or for the slot's default voice. */
  resolve(voice: string | undefined): EngineV1 {
    const wanted = voice ?? this.defaultVoice;
    const known = this.byVoice.get(wanted);
    if (known) return known;
    if (!isProvider(this.input)) {
      throw new InvalidArgumentError({
        argument: 'voice',
        message: `[ttskit] engine "${this.engine}" is bound to voice "${this.defaultVoice}", not "${wanted}". Pass the provider (e.g. createEspeakEngine()) instead of one voice to choose voices per request.`,
      });
    }
    const engine = assertSupportedVersion(this.input.voice(wanted));
    if (this.byVoice.size >= 256) {
      const oldest = this.byVoice.keys().next().value;
      if (oldest !== undefined) this.byVoice.delete(oldest);
    }
    this.byVoice.set(wanted, engine);
    return engine;
  }

  async voices(): Promise<VoiceV1[]> {
    if (isProvider(this.input)) return this.input.voices();
    return [
      {
        id: this.input.voice,
        name: this.input.voice,
        engine: this.engine,
        languages: [],
      },
    ];
  }
}
