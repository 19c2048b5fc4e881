import { InvalidArgumentError } from '@ttskit/core/spec';
import { describe, expect, it } from 'vitest';
import { espeakVoiceRecords } from './espeak-voice-data';
import { listEspeakVoices, resolveVoice, toBcp47 } from './espeak-voices';

describe('resolveVoice', () => {
  it.each([
    ['en-us', 'en-us', 'gmw/en-US'],
    ['en-US', 'en-us', 'gmw/en-US'],
    ['en_GB', 'en-gb', 'gmw/en'],
    // `set_voice('en-gb')` fails in espeak itself; the language list maps it.
    ['en-gb', 'en-gb', 'gmw/en'],
    ['en-GB-x-rp', 'en-gb-x-rp', 'gmw/en-GB-x-rp'],
    ['fr', 'fr-fr', 'roa/fr'],
    ['de-DE', 'de', 'gmw/de'],
    ['pt-BR', 'pt-br', 'roa/pt-BR'],
    ['zh', 'cmn', 'sit/cmn'],
    ['gmw/en-US', 'en-us', 'gmw/en-US'],
    ['English (America)', 'en-us', 'gmw/en-US'],
    ['en-us+f3', 'en-us+f3', 'gmw/en-US+f3'],
    ['EN-US+Whisperf', 'en-us+whisperf', 'gmw/en-US+whisperf'],
  ])('%s → %s', (requested, id, espeakName) => {
    expect(resolveVoice(requested)).toMatchObject({ id, espeakName });
  });

  it.each(['xx', '', 'en-us+nope', 'en-us+f3+f4', 'qq-QQ'])('rejects %j', (requested) => {
    let caught: unknown;
    try {
      resolveVoice(requested);
    } catch (error) {
      caught = error;
    }
    expect(InvalidArgumentError.isInstance(caught)).toBe(true);
    expect((caught as InvalidArgumentError).argument).toBe('voice');
    expect((caught as Error).message).toContain(`"${requested}"`);
    expect((caught as Error).message).toContain('ttskit voices');
  });
});

describe('listEspeakVoices', () => {
  it('lists every voice once with BCP-47 languages, most specific first', () => {
    const voices = listEspeakVoices();
    expect(voices).toHaveLength(espeakVoiceRecords.length);
    expect(new Set(voices.map((voice) => voice.id)).size).toBe(voices.length);
    expect(voices.find((voice) => voice.id === 'en-gb-x-rp')).toEqual({
      id: 'en-gb-x-rp',
      name: 'English (Received Pronunciation)',
      engine: 'espeak',
      languages: ['en-GB-x-rp', 'en-GB', 'en'],
      gender: 'male',
    });
    for (const voice of voices) expect(resolveVoice(voice.id).id).toBe(voice.id);
  });

  it('writes tags in BCP-47 case', () => {
    expect(toBcp47('cmn-latn-pinyin')).toBe('cmn-Latn-pinyin');
    expect(toBcp47('es-419')).toBe('es-419');
    expect(toBcp47('vi-vn-x-central')).toBe('vi-VN-x-central');
  });

  it('matches the voices the installed espeak-ng reports (regenerate the data if not)', async () => {
    const { default: initialize } = await import('@echogarden/espeak-ng-emscripten');
    const espeak = new (await initialize()).eSpeakNGWorker();
    const live = espeak.list_voices().map((voice) => ({
      identifier: voice.identifier,
      name: voice.name.trim(),
      languages: voice.languages.map((language) => [language.name, language.priority]),
    }));
    const stored = espeakVoiceRecords.map(({ identifier, name, languages }) => ({
      identifier,
      name,
      languages,
    }));
    expect(stored).toEqual(live);
    for (const record of espeakVoiceRecords)
      expect(espeak.set_voice(record.identifier)).toBe(0);
    expect(espeak.set_voice('gmw/en-US+f3')).toBe(0);
  });
});
