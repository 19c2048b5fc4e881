import { InvalidArgumentError, type VoiceV1 } from '@ttskit/core/spec';
import {
  type EspeakVariantRecord,
  type EspeakVoiceRecord,
  espeakVariantRecords,
  espeakVoiceRecords,
} from './espeak-voice-data';

export type { EspeakVoiceId } from './espeak-voice-data';

export type ResolvedVoice = {
  /** Canonical id: the voice id, plus `+variant` when one was asked for. */
  id: string;
  /** What `set_voice` receives: espeak's identifier plus `+variant`. */
  espeakName: string;
  voice: EspeakVoiceRecord;
  variant?: EspeakVariantRecord;
};

const records = espeakVoiceRecords;

function byKey(
  key: (voice: EspeakVoiceRecord) => string[],
): Map<string, EspeakVoiceRecord> {
  const map = new Map<string, EspeakVoiceRecord>();
  for (const voice of records) {
    for (const name of key(voice)) if (!map.has(name)) map.set(name, voice);
  }
  return map;
}

let indexes:
  | {
      exact: Map<string, EspeakVoiceRecord>;
      language: Map<string, EspeakVoiceRecord>;
      variant: Map<string, EspeakVariantRecord>;
    }
  | undefined;

function getIndexes() {
  if (indexes) return indexes;
  // Ids, espeak identifiers (`gmw/en-us`), their file names (`en-us`) and names.
  const exact = byKey((voice) => [
    voice.id,
    voice.identifier.toLowerCase(),
    (voice.identifier.split('/').pop() as string).toLowerCase(),
    voice.name.toLowerCase(),
  ]);
  // Languages: the voice with the best (lowest) priority wins.
  const language = new Map<string, EspeakVoiceRecord>();
  const priorities = new Map<string, number>();
  for (const voice of records) {
    for (const [name, priority] of voice.languages) {
      const key = name.toLowerCase();
      if ((priorities.get(key) ?? Number.POSITIVE_INFINITY) > priority) {
        priorities.set(key, priority);
        language.set(key, voice);
      }
    }
  }
  const variant = new Map(
    espeakVariantRecords.map((record) => [record.id.toLowerCase(), record]),
  );
  indexes = { exact, language, variant };
  return indexes;
}

function unknownVoice(voice: string, detail = ''): InvalidArgumentError {
  return new InvalidArgumentError({
    argument: 'voice',
    message: `[ttskit] [engine-espeak] unknown voice "${voice}"${detail}. Run \`ttskit voices\` (or call espeak.voices()) to list them; language tags such as "en-US", "fr" or "de-DE" work too.`,
  });
}

/**
 * Maps what a user types to an espeak voice: an id (`en-us`), espeak's own
 * identifier (`gmw/en-US`) or name (`English (America)`), or a BCP-47-ish
 * language tag (`en-US`, `en_GB`, `de-DE`, `zh`), dropping subtags from the
 * end until a language matches. `+variant` selects a variant (`en-us+f3`).
 */
export function resolveVoice(requested: string): ResolvedVoice {
  const { exact, language, variant: variants } = getIndexes();
  const [basePart = '', variantPart, ...rest] = requested.trim().split('+');
  if (rest.length > 0) throw unknownVoice(requested);
  const base = basePart.trim().toLowerCase().replace(/_/g, '-');
  let voice = exact.get(base) ?? language.get(base);
  const subtags = base.split('-');
  while (!voice && subtags.length > 1) {
    subtags.pop();
    const shorter = subtags.join('-');
    voice = language.get(shorter) ?? exact.get(shorter);
  }
  if (!voice || base === '') throw unknownVoice(requested);
  if (variantPart === undefined)
    return { id: voice.id, espeakName: voice.identifier, voice };
  const variant = variants.get(variantPart.trim().toLowerCase());
  if (!variant) {
    throw unknownVoice(
      requested,
      ` (no variant "${variantPart}"; variants include f1–f5, m1–m8, klatt, whisper, whisperf)`,
    );
  }
  return {
    id: `${voice.id}+${variant.id}`,
    espeakName: `${voice.identifier}+${variant.id}`,
    voice,
    variant,
  };
}

/** espeak language name → BCP-47 casing (`en-gb-x-rp` → `en-GB-x-rp`). */
export function toBcp47(name: string): string {
  const subtags = name.split('-');
  let privateUse = false;
  return subtags
    .map((subtag, index) => {
      if (index === 0 || privateUse) return subtag.toLowerCase();
      if (subtag.toLowerCase() === 'x') {
        privateUse = true;
        return 'x';
      }
      if (/^[a-z]{2}$/i.test(subtag)) return subtag.toUpperCase();
      if (/^[a-z]{4}$/i.test(subtag))
        return subtag[0]?.toUpperCase() + subtag.slice(1).toLowerCase();
      return subtag.toLowerCase();
    })
    .join('-');
}

let voiceList: VoiceV1[] | undefined;

/** espeak's voices as `VoiceV1`, languages most specific first. */
export function listEspeakVoices(): VoiceV1[] {
  voiceList ??= records.map((voice) => {
    // Most specific (most subtags) first, then espeak's priority.
    const subtags = (name: string) => name.split('-').length;
    const languages = [...voice.languages]
      .sort((a, b) => subtags(b[0]) - subtags(a[0]) || a[1] - b[1])
      .map(([name]) => toBcp47(name))
      .filter((tag, index, all) => all.indexOf(tag) === index);
    return {
      id: voice.id,
      name: voice.name,
      engine: 'espeak',
      languages,
      ...(voice.gender ? { gender: voice.gender } : {}),
    };
  });
  return voiceList.map((voice) => ({ ...voice, languages: [...voice.languages] }));
}
