import { availableParallelism } from 'node:os';
import type { EngineProviderV1, EngineV1, VoiceV1 } from '@ttskit/core/spec';
import { defaultVoicesDir } from './default-voices-dir';
import { InferencePool } from './inference-pool';
import { describeVoice } from './list-voices';
import { OnnxEngineModel } from './onnx-engine-model';
import { type OnnxEngineSettings, resolveSettings } from './onnx-engine-settings';
import { loadDefaultPhonemizer, type OnnxPhonemizer } from './phonemizer';
import { unknownVoice } from './unknown-voice';
import { piperVoiceFromPath, scanVoices, type VoiceEntry } from './voice-catalog';
import { loadVoiceModel } from './voice-loader';

export type OnnxEngineProvider = EngineProviderV1 & {
  (voice?: string): EngineV1;
  voice(voice: string): EngineV1;
  /** The directory voices are listed from. */
  readonly voicesDir: string;
  /** Terminates the inference workers (releasing the sessions). The provider stays usable. */
  dispose(): Promise<void>;
};

/**
 * Creates the ONNX engine provider: `onnx('en_US-lessac-medium')` is an
 * `EngineV1` for the Piper voice `en_US-lessac-medium.onnx` (+ `.onnx.json`)
 * found in `voicesDir`; `onnx('kokoro-v1.0/af_heart')` a Kokoro voice. A
 * voice id may end in `#speaker` for multi-speaker Piper voices, and a path
 * to a `.onnx` file works too. The voice's config is read (and checked)
 * when its engine is created; the model is loaded on first synthesis.
 */
export function createOnnxEngine(settings: OnnxEngineSettings = {}): OnnxEngineProvider {
  const resolved = resolveSettings(settings, availableParallelism());
  const voicesDir = settings.voicesDir ?? defaultVoicesDir();
  const pool = new InferencePool({
    size: resolved.workers,
    session: {
      intraOpNumThreads: resolved.threadsPerWorker,
      executionProviders: resolved.executionProviders,
    },
    idleTimeoutMs: resolved.idleTimeoutMs,
  });
  const loadPhonemizer: () => Promise<OnnxPhonemizer> = settings.phonemizer
    ? async () => settings.phonemizer as OnnxPhonemizer
    : loadDefaultPhonemizer;

  const findVoice = (requested: string): VoiceEntry => {
    const direct = piperVoiceFromPath(requested);
    if (direct) return direct;
    const voices = scanVoices(voicesDir);
    const found = voices.find((entry) => entry.id === requested);
    if (!found) throw unknownVoice({ voice: requested, voicesDir, known: voices });
    return found;
  };

  const createModel = (requested?: string): EngineV1 => {
    const id = requested ?? settings.defaultVoice ?? scanVoices(voicesDir)[0]?.id;
    if (id === undefined) throw unknownVoice({ voice: '', voicesDir, known: [] });
    const [name = '', speaker] = id.split('#');
    return new OnnxEngineModel({
      voiceId: id,
      voice: loadVoiceModel(findVoice(name), speaker),
      pool,
      loadPhonemizer,
      sentenceSilenceMs: resolved.sentenceSilenceMs,
      unknownPhonemes: resolved.unknownPhonemes,
    });
  };

  const provider = Object.assign((voice?: string) => createModel(voice), {
    engine: 'onnx',
    voicesDir,
    voice: (voice: string) => createModel(voice),
    voices: async (): Promise<VoiceV1[]> => scanVoices(voicesDir).map(describeVoice),
    dispose: () => pool.dispose(),
  });
  Object.defineProperty(provider, 'defaultVoice', {
    enumerable: true,
    get: () => settings.defaultVoice ?? scanVoices(voicesDir)[0]?.id ?? '',
  });
  return provider as unknown as OnnxEngineProvider;
}
