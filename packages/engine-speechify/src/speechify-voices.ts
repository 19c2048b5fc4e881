import type { VoiceV1 } from '@ttskit/core/spec';
import type { SpeechifyVoiceEntry, SpeechifyVoicesResponse } from './speechify-api-types';
import type { SpeechifyClient } from './speechify-client';
import { malformedResponseError } from './speechify-errors';

/** A Speechify voice: `VoiceV1` plus what Speechify says about its models. */
export type SpeechifyVoice = VoiceV1 & {
  /** The newest model the voice speaks with (`simba-3.2`, `simba-3.0`, `simba-english`...). */
  family: string;
  /** Every model the voice supports. */
  models: string[];
  /** `shared` (Speechify's catalogue) or `personal` (your cloned voices). */
  type: string;
  tags: string[];
};

/** Newest first: the voice's family is the first of these it supports. */
const modelPreference = ['simba-3.2', 'simba-3.0', 'simba-multilingual', 'simba-english'];

/** `en-us`, `en_US` → `en-US`; `zh-hans-cn` → `zh-Hans-CN`. */
export function toBcp47(locale: string): string | undefined {
  const subtags = locale.trim().replace(/_/g, '-').split('-');
  if (!/^[a-z]{2,3}$/i.test(subtags[0] ?? '')) return undefined;
  return subtags
    .map((subtag, index) => {
      if (index === 0) return subtag.toLowerCase();
      if (/^[a-z]{4}$/i.test(subtag))
        return `${subtag[0]?.toUpperCase()}${subtag.slice(1).toLowerCase()}`;
      if (/^([a-z]{2}|\d{3})$/i.test(subtag)) return subtag.toUpperCase();
      return subtag.toLowerCase();
    })
    .join('-');
}

export function toSpeechifyVoice(entry: SpeechifyVoiceEntry): SpeechifyVoice | undefined {
  if (typeof entry?.id !== 'string' || entry.id === '') return undefined;
  const models = (entry.models ?? []).flatMap((model) =>
    typeof model?.name === 'string' ? [model.name] : [],
  );
  const locales = [
    entry.locale,
    ...(entry.models ?? []).flatMap((model) =>
      (model?.languages ?? []).map((language) => language?.locale),
    ),
  ];
  const languages = [
    ...new Set(
      locales.flatMap((locale) => {
        const tag = typeof locale === 'string' ? toBcp47(locale) : undefined;
        return tag ? [tag] : [];
      }),
    ),
  ];
  const gender = entry.gender?.toLowerCase();
  return {
    id: entry.id,
    name: entry.display_name || entry.id,
    engine: 'speechify',
    languages,
    ...(gender === 'male' || gender === 'female' ? { gender } : {}),
    family:
      modelPreference.find((model) => models.includes(model)) ?? models[0] ?? 'unknown',
    models,
    type: entry.type ?? 'shared',
    tags: Array.isArray(entry.tags)
      ? entry.tags.filter((tag) => typeof tag === 'string')
      : [],
  };
}

/** Pages `GET /v1/voices` (an array, or `{ voices, has_more, next_cursor }`) to the end. */
export async function listSpeechifyVoices(options: {
  client: SpeechifyClient;
  abortSignal?: AbortSignal | undefined;
}): Promise<SpeechifyVoice[]> {
  const voices: SpeechifyVoice[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 1000; page++) {
    const query = cursor === undefined ? '' : `?cursor=${encodeURIComponent(cursor)}`;
    const { value, url } = await options.client.json<SpeechifyVoicesResponse>({
      method: 'GET',
      path: `/v1/voices${query}`,
      accept: 'application/json',
      abortSignal: options.abortSignal,
    });
    const entries = Array.isArray(value) ? value : value?.voices;
    if (!Array.isArray(entries))
      throw malformedResponseError({ detail: 'no voices array', url });
    for (const entry of entries) {
      const voice = toSpeechifyVoice(entry);
      if (voice) voices.push(voice);
    }
    const next = Array.isArray(value) ? undefined : value.next_cursor;
    if (
      Array.isArray(value) ||
      !value.has_more ||
      typeof next !== 'string' ||
      next === ''
    )
      return voices;
    cursor = next;
  }
  return voices;
}
