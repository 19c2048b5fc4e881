/** Part of Speechify's shared catalogue, in the shape `GET /v1/voices` returns. */
export const fakeVoiceEntries = [
  {
    id: 'george',
    type: 'shared',
    display_name: 'George',
    gender: 'male',
    locale: 'en-US',
    models: [
      { name: 'simba-english', languages: [{ locale: 'en-US', preview_audio: null }] },
      { name: 'simba-3.0', languages: [{ locale: 'en-US' }, { locale: 'fr-fr' }] },
    ],
    tags: ['timbre:deep'],
  },
  {
    id: 'carly',
    type: 'shared',
    display_name: 'Carly',
    gender: 'female',
    locale: 'en_gb',
    models: [
      {
        name: 'simba-multilingual',
        languages: [{ locale: 'en-GB' }, { locale: 'de-DE' }],
      },
    ],
    tags: null,
  },
  {
    id: 'a1b2c3',
    type: 'personal',
    display_name: 'My clone',
    gender: 'not_specified',
    locale: 'es-MX',
    models: [{ name: 'simba-3.2', languages: [] }],
  },
];

/** One page of voices (`pageSize` 0: the bare array the first API version returned). */
export function fakeVoices(options: { cursor: string | null; pageSize: number }) {
  if (options.pageSize === 0) return fakeVoiceEntries;
  const start = options.cursor === null ? 0 : Number(options.cursor);
  const end = start + options.pageSize;
  const hasMore = end < fakeVoiceEntries.length;
  return {
    voices: fakeVoiceEntries.slice(start, end),
    has_more: hasMore,
    next_cursor: hasMore ? String(end) : null,
  };
}
