/** The voices the fake knows, in Polly's `DescribeVoices` shape. */
export const FAKE_VOICES = [
  {
    Gender: 'Female',
    Id: 'Joanna',
    LanguageCode: 'en-US',
    LanguageName: 'US English',
    Name: 'Joanna',
    SupportedEngines: ['generative', 'long-form', 'neural', 'standard'],
  },
  {
    Gender: 'Male',
    Id: 'Matthew',
    LanguageCode: 'en-US',
    LanguageName: 'US English',
    Name: 'Matthew',
    SupportedEngines: ['generative', 'neural', 'standard'],
  },
  {
    Gender: 'Female',
    Id: 'Aditi',
    LanguageCode: 'en-IN',
    AdditionalLanguageCodes: ['hi-IN'],
    LanguageName: 'Indian English',
    Name: 'Aditi',
    SupportedEngines: ['standard'],
  },
  {
    Gender: 'Female',
    Id: 'Zhiyu',
    LanguageCode: 'cmn-CN',
    LanguageName: 'Chinese Mandarin',
    Name: 'Zhiyu',
    SupportedEngines: ['neural', 'standard'],
  },
  {
    Gender: 'Female',
    Id: 'Hala',
    LanguageCode: 'arb',
    LanguageName: 'Arabic',
    Name: 'Hala',
    SupportedEngines: ['neural'],
  },
] as const;

const PAGE_SIZE = 2;

/** `GET /v1/voices`: filtered by `Engine` and `LanguageCode`, two voices a page. */
export function describeVoices(query: URLSearchParams): unknown {
  const engine = query.get('Engine');
  const language = query.get('LanguageCode');
  const additional = query.get('IncludeAdditionalLanguageCodes') === 'true';
  const matching = FAKE_VOICES.filter(
    (voice) =>
      (engine === null ||
        (voice.SupportedEngines as readonly string[]).includes(engine)) &&
      (language === null || voice.LanguageCode === language),
  ).map((voice) => {
    if (additional || !('AdditionalLanguageCodes' in voice)) return voice;
    const { AdditionalLanguageCodes: _dropped, ...rest } = voice;
    return rest;
  });
  const offset = Number(query.get('NextToken')?.replace('page-', '') ?? 0);
  const page = matching.slice(offset, offset + PAGE_SIZE);
  const next =
    offset + PAGE_SIZE < matching.length ? `page-${offset + PAGE_SIZE}` : undefined;
  return { Voices: page, ...(next ? { NextToken: next } : {}) };
}

export function voiceSupports(options: {
  voiceId: string;
  engine: string;
}): 'ok' | 'unknown-voice' | 'unsupported-engine' {
  const voice = FAKE_VOICES.find((candidate) => candidate.Id === options.voiceId);
  if (!voice) return 'unknown-voice';
  return (voice.SupportedEngines as readonly string[]).includes(options.engine)
    ? 'ok'
    : 'unsupported-engine';
}
