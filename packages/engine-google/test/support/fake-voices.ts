/** Voices the fake lists, in the API's JSON shape (enums as strings). */
export const fakeVoices = [
  {
    languageCodes: ['en-US'],
    name: 'en-US-Neural2-F',
    ssmlGender: 'FEMALE',
    naturalSampleRateHertz: 24000,
  },
  {
    languageCodes: ['en-US'],
    name: 'en-US-Wavenet-D',
    ssmlGender: 'MALE',
    naturalSampleRateHertz: 24000,
  },
  {
    languageCodes: ['en-US'],
    name: 'en-US-Studio-O',
    ssmlGender: 'FEMALE',
    naturalSampleRateHertz: 24000,
  },
  {
    languageCodes: ['en-US'],
    name: 'en-US-Chirp3-HD-Charon',
    ssmlGender: 'MALE',
    naturalSampleRateHertz: 24000,
  },
  {
    languageCodes: ['en-US'],
    name: 'en-US-Journey-F',
    ssmlGender: 'FEMALE',
    naturalSampleRateHertz: 24000,
  },
  {
    languageCodes: ['de-DE'],
    name: 'de-DE-Standard-A',
    ssmlGender: 'FEMALE',
    naturalSampleRateHertz: 24000,
  },
  {
    languageCodes: ['cmn-cn'],
    name: 'cmn-CN-Wavenet-C',
    ssmlGender: 1,
    naturalSampleRateHertz: 24000,
  },
  {
    languageCodes: ['en-US'],
    name: 'en-US-Polyglot-1',
    ssmlGender: 'NEUTRAL',
    naturalSampleRateHertz: 24000,
  },
];
