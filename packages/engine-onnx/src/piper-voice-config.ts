import { ConfigReader, readJsonFile } from './json-file';

/** What the engine uses of a Piper voice's `voice.onnx.json`. */
export type PiperVoiceConfig = {
  file: string;
  sampleRate: number;
  /** espeak-ng voice that phonemizes for this voice (`espeak.voice`). */
  espeakVoice: string;
  /** `espeak`: IPA from espeak-ng; `text`: the text's own characters. */
  phonemeType: 'espeak' | 'text';
  /** Phoneme (one code point, NFD) → ids. */
  phonemeIdMap: ReadonlyMap<string, readonly number[]>;
  noiseScale: number;
  lengthScale: number;
  noiseW: number;
  numSpeakers: number;
  speakerIdMap: Readonly<Record<string, number>>;
  /** BCP-47 tag from `language.code` (`en_US` → `en-US`), if any. */
  language: string | undefined;
  dataset: string | undefined;
  quality: string | undefined;
};

const requiredSymbols = ['^', '$', '_'];

function parsePhonemeIdMap(reader: ConfigReader): Map<string, number[]> {
  const raw = reader.object('phoneme_id_map');
  const map = new Map<string, number[]>();
  for (const [symbol, ids] of Object.entries(raw)) {
    const valid =
      Array.isArray(ids) &&
      ids.length > 0 &&
      ids.every((id) => Number.isInteger(id) && (id as number) >= 0);
    if (!valid) {
      reader.fail(
        `phoneme_id_map[${JSON.stringify(symbol)}] must be a list of ids, got ${JSON.stringify(ids)}`,
      );
    }
    map.set(symbol.normalize('NFD'), ids as number[]);
  }
  for (const symbol of requiredSymbols) {
    if (!map.has(symbol))
      reader.fail(
        `phoneme_id_map has no "${symbol}" (begin "^", end "$" and pad "_" are required)`,
      );
  }
  return map;
}

/** Validates a parsed Piper voice config. */
export function parsePiperVoiceConfig(options: {
  file: string;
  json: unknown;
}): PiperVoiceConfig {
  const reader = new ConfigReader(options.file, options.json);
  const { json } = options;
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    reader.fail('the voice config must be a JSON object');
  reader.object('audio');
  const sampleRate = reader.number('audio.sample_rate', { integer: true });
  if (sampleRate < 1000 || sampleRate > 192_000)
    reader.fail(`audio.sample_rate must be from 1000 to 192000, got ${sampleRate}`);
  const phonemeType = reader.string('phoneme_type', 'espeak');
  if (phonemeType !== 'espeak' && phonemeType !== 'text')
    reader.fail(`phoneme_type "${phonemeType}" is not supported (espeak or text)`);
  const numSpeakers = reader.number('num_speakers', { fallback: 1, integer: true });
  const speakerIdMap = reader.object('speaker_id_map', {});
  for (const [speaker, id] of Object.entries(speakerIdMap)) {
    if (!Number.isInteger(id) || (id as number) < 0 || (id as number) >= numSpeakers)
      reader.fail(
        `speaker_id_map["${speaker}"] must be an id below num_speakers, got ${id}`,
      );
  }
  const code = reader.optionalString('language.code');
  return {
    file: options.file,
    sampleRate,
    espeakVoice: reader.string(
      'espeak.voice',
      phonemeType === 'text' ? 'en-us' : undefined,
    ),
    phonemeType: phonemeType as 'espeak' | 'text',
    phonemeIdMap: parsePhonemeIdMap(reader),
    noiseScale: reader.number('inference.noise_scale', { fallback: 0.667 }),
    lengthScale: reader.number('inference.length_scale', { fallback: 1 }),
    noiseW: reader.number('inference.noise_w', { fallback: 0.8 }),
    numSpeakers,
    speakerIdMap: speakerIdMap as Record<string, number>,
    language: code?.replace(/_/g, '-'),
    dataset: reader.optionalString('dataset'),
    quality: reader.optionalString('audio.quality'),
  };
}

/** Reads and validates `voice.onnx.json`; every failure is an `OnnxVoiceError` naming it. */
export function readPiperVoiceConfig(file: string): PiperVoiceConfig {
  return parsePiperVoiceConfig({ file, json: readJsonFile(file) });
}
