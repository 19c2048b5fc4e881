import { describe, expect, it } from 'vitest';
import { toBcp47, toGoogleVoice } from './google-voices';

describe('voice records', () => {
  it('writes BCP-47 casing', () => {
    expect(toBcp47('en-us')).toBe('en-US');
    expect(toBcp47('CMN-hans-cn')).toBe('cmn-Hans-CN');
    expect(toBcp47('es_419')).toBe('es-419');
  });

  it('maps string and numeric genders and skips records without a name', () => {
    expect(
      toGoogleVoice({ name: 'en-US-Neural2-F', languageCodes: ['en-US'], ssmlGender: 2 }),
    ).toMatchObject({
      gender: 'female',
      family: 'neural2',
    });
    expect(
      toGoogleVoice({ name: 'x-Unknown', ssmlGender: 'SSML_VOICE_GENDER_UNSPECIFIED' }),
    ).toEqual({
      id: 'x-Unknown',
      name: 'x-Unknown',
      engine: 'google',
      languages: [],
      family: 'neural2',
    });
    expect(toGoogleVoice({ languageCodes: ['en-US'] })).toBeUndefined();
  });
});
