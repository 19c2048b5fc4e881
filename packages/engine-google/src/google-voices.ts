import type { VoiceV1 } from '@ttskit/core/spec';
import type { GoogleListVoicesResponse, GoogleVoiceRecord } from './google-api-types';
import type { ResolvedGoogleSettings } from './google-engine-settings';
import { requestGoogle } from './google-request';
import { type GoogleVoiceFamily, googleVoiceFamily } from './google-voice-family';

/** A Google voice in ttskit's voice shape, plus its family and natural rate. */
export type GoogleVoice = VoiceV1 & {
  /** Told from the name (`neural2` when the name tells none): what lowering and capabilities use. */
  family: GoogleVoiceFamily;
  naturalSampleRateHertz?: number;
};

export type GoogleVoicesOptions = {
  /** Only voices for this BCP-47 language (`en`, `en-US`), as the API filters. */
  languageCode?: string;
  abortSignal?: AbortSignal;
};

const genders: Readonly<Record<string, VoiceV1['gender']>> = {
  MALE: 'male',
  FEMALE: 'female',
  NEUTRAL: 'neutral',
  '1': 'male',
  '2': 'female',
  '3': 'neutral',
};

/** BCP-47 casing: `EN-us` → `en-US`, `cmn-hans-cn` → `cmn-Hans-CN`. */
export function toBcp47(tag: string): string {
  return tag
    .split(/[-_]/)
    .map((subtag, index) => {
      if (index === 0) return subtag.toLowerCase();
      if (/^[a-z]{2}$/i.test(subtag)) return subtag.toUpperCase();
      if (/^[a-z]{4}$/i.test(subtag))
        return `${subtag[0]?.toUpperCase()}${subtag.slice(1).toLowerCase()}`;
      return subtag.toLowerCase();
    })
    .join('-');
}

export function toGoogleVoice(record: GoogleVoiceRecord): GoogleVoice | undefined {
  if (typeof record?.name !== 'string' || record.name === '') return undefined;
  const gender = genders[String(record.ssmlGender)];
  const languages = (record.languageCodes ?? [])
    .filter((code): code is string => typeof code === 'string' && code !== '')
    .map(toBcp47);
  return {
    id: record.name,
    name: record.name,
    engine: 'google',
    languages: languages.filter((tag, index) => languages.indexOf(tag) === index),
    ...(gender === undefined ? {} : { gender }),
    family: googleVoiceFamily(record.name),
    ...(typeof record.naturalSampleRateHertz === 'number'
      ? { naturalSampleRateHertz: record.naturalSampleRateHertz }
      : {}),
  };
}

/** `GET /v1/voices`: every voice the API offers (or those for one language). */
export async function listGoogleVoices(options: {
  settings: ResolvedGoogleSettings;
  voicesOptions?: GoogleVoicesOptions | undefined;
}): Promise<GoogleVoice[]> {
  const languageCode = options.voicesOptions?.languageCode;
  const query =
    languageCode === undefined ? '' : `?languageCode=${encodeURIComponent(languageCode)}`;
  const response = await requestGoogle<GoogleListVoicesResponse>({
    settings: options.settings,
    method: 'GET',
    path: `/v1/voices${query}`,
    abortSignal: options.voicesOptions?.abortSignal,
  });
  const records = Array.isArray(response.body?.voices) ? response.body.voices : [];
  return records.flatMap((record) => toGoogleVoice(record) ?? []);
}
