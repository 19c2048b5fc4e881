import { readFileSync } from 'node:fs';
import { ConfigReader, readJsonFile } from './json-file';
import { voiceError } from './onnx-voice-error';

export const KOKORO_SAMPLE_RATE = 24_000;
/** Phoneme tokens per call: a 512-token context minus the two pads. */
export const KOKORO_MAX_TOKENS = 510;
export const KOKORO_STYLE_SIZE = 256;

export type KokoroModelConfig = {
  file: string;
  /** Phoneme symbol → token id (`vocab` of Kokoro's `config.json`). */
  vocab: ReadonlyMap<string, number>;
};

/** Reads `config.json` of a Kokoro model (hexgrad's file works as is: only `vocab` is used). */
export function readKokoroModelConfig(file: string): KokoroModelConfig {
  const reader = new ConfigReader(file, readJsonFile(file));
  const raw = reader.object('vocab');
  const vocab = new Map<string, number>();
  for (const [symbol, id] of Object.entries(raw)) {
    if (!Number.isInteger(id) || (id as number) <= 0)
      reader.fail(
        `vocab[${JSON.stringify(symbol)}] must be a positive integer id, got ${id}`,
      );
    vocab.set(symbol, id as number);
  }
  if (vocab.size === 0) reader.fail('vocab is empty');
  return { file, vocab };
}

/**
 * A voice's style vectors: raw little-endian float32, one row of 256 per
 * token count (onnx-community's `voices/*.bin` layout, 510 × 256).
 */
export function readKokoroStyles(file: string): Float32Array {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw voiceError({
      file,
      reason: 'missing-file',
      detail: 'cannot read the style vectors',
      cause: error,
    });
  }
  const rowBytes = KOKORO_STYLE_SIZE * 4;
  if (bytes.length === 0 || bytes.length % rowBytes !== 0) {
    throw voiceError({
      file,
      reason: 'malformed-config',
      detail: `style vectors must be float32 rows of ${KOKORO_STYLE_SIZE} (a multiple of ${rowBytes} bytes), got ${bytes.length} bytes`,
    });
  }
  const copy = new Uint8Array(bytes);
  return new Float32Array(copy.buffer, 0, copy.length / 4);
}

/** The style row for a call with `tokens` phoneme tokens (Kokoro indexes by length). */
export function styleForTokens(styles: Float32Array, tokens: number): Float32Array {
  const rows = styles.length / KOKORO_STYLE_SIZE;
  const row = Math.min(Math.max(tokens, 0), rows - 1);
  return styles.slice(row * KOKORO_STYLE_SIZE, (row + 1) * KOKORO_STYLE_SIZE);
}

const languages: Record<string, { tag: string; espeak: string }> = {
  a: { tag: 'en-US', espeak: 'en-us' },
  b: { tag: 'en-GB', espeak: 'en-gb' },
  e: { tag: 'es', espeak: 'es' },
  f: { tag: 'fr-FR', espeak: 'fr-fr' },
  h: { tag: 'hi', espeak: 'hi' },
  i: { tag: 'it', espeak: 'it' },
  j: { tag: 'ja', espeak: 'ja' },
  p: { tag: 'pt-BR', espeak: 'pt-br' },
  z: { tag: 'zh', espeak: 'cmn' },
};

/** Language and gender from a Kokoro voice name (`af_heart`: American English, female). */
export function describeKokoroVoice(voiceName: string): {
  language: string;
  espeakVoice: string;
  gender: 'female' | 'male' | undefined;
} {
  const language = languages[voiceName[0] ?? ''] ?? languages.a;
  const genderLetter = voiceName[1];
  return {
    language: language?.tag ?? 'en-US',
    espeakVoice: language?.espeak ?? 'en-us',
    gender: genderLetter === 'f' ? 'female' : genderLetter === 'm' ? 'male' : undefined,
  };
}
