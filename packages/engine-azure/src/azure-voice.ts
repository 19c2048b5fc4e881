import type { VoiceV1 } from '@ttskit/core/spec';
import type { AzureVoiceFamily } from '@ttskit/ssml';
import { azureVoiceFamily } from './azure-voice-family';

/** A voice from Azure's voice list, in ttskit's shape plus Azure's details. */
export type AzureVoice = VoiceV1 & {
  /** `neural`, or an HD family: `dragon-hd`, `dragon-hd-omni`. */
  family: AzureVoiceFamily;
  /** The voice's own locale (`languages` adds the ones a multilingual voice speaks). */
  locale: string;
  /** `mstts:express-as` styles the voice offers. */
  styles: string[];
  sampleRate?: number;
  /** `GA` or `Preview`. */
  status?: string;
};

/** One entry of `GET /cognitiveservices/voices/list`. */
export type AzureVoiceJson = {
  ShortName?: string;
  DisplayName?: string;
  LocalName?: string;
  Gender?: string;
  Locale?: string;
  SecondaryLocaleList?: string[];
  StyleList?: string[];
  SampleRateHertz?: string;
  Status?: string;
};

const genders: Record<string, AzureVoice['gender']> = {
  female: 'female',
  male: 'male',
  neutral: 'neutral',
};

/** Canonical BCP-47 (`en-us` → `en-US`), or the tag as given when it is not one. */
function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

/** Maps one voice-list entry; entries without a `ShortName` are skipped (undefined). */
export function toAzureVoice(json: AzureVoiceJson): AzureVoice | undefined {
  if (typeof json.ShortName !== 'string' || json.ShortName === '') return undefined;
  const locale = canonicalTag(
    json.Locale ?? json.ShortName.split('-').slice(0, 2).join('-'),
  );
  const languages = [locale];
  for (const secondary of json.SecondaryLocaleList ?? []) {
    const tag = canonicalTag(secondary);
    if (!languages.includes(tag)) languages.push(tag);
  }
  const gender = genders[(json.Gender ?? '').toLowerCase()];
  const sampleRate = Number(json.SampleRateHertz);
  return {
    id: json.ShortName,
    name: json.DisplayName ?? json.LocalName ?? json.ShortName,
    engine: 'azure',
    languages,
    ...(gender === undefined ? {} : { gender }),
    family: azureVoiceFamily(json.ShortName),
    locale,
    styles: Array.isArray(json.StyleList) ? [...json.StyleList] : [],
    ...(Number.isFinite(sampleRate) && sampleRate > 0 ? { sampleRate } : {}),
    ...(json.Status === undefined ? {} : { status: json.Status }),
  };
}
