import { describe, expect, it } from 'vitest';
import { knownElementNames } from '../elements/element-names';
import {
  azureVoiceFamilies,
  getDialectCapabilities,
  googleVoiceFamilies,
  pollyVoiceFamilies,
} from './dialect-capabilities';

describe('getDialectCapabilities', () => {
  it('tells the Google voice family from the voice name; `family` overrides it', () => {
    const families = [
      'en-US-Standard-A',
      'en-US-Wavenet-D',
      'en-US-Neural2-F',
      'en-US-News-K',
      'en-US-Casual-K',
      'en-US-Polyglot-1',
      'en-GB-Studio-B',
      'en-US-Journey-F',
      'en-US-Chirp-HD-F',
      'en-US-Chirp3-HD-Charon',
      'custom-voice',
    ].map((voice) => getDialectCapabilities({ dialect: 'google', voice }).family);
    expect(families).toEqual([
      'standard',
      'wavenet',
      'neural2',
      'news',
      'casual',
      'polyglot',
      'studio',
      'journey',
      'chirp-hd',
      'chirp3-hd',
      'neural2',
    ]);
    const overridden = getDialectCapabilities({
      dialect: 'google',
      voice: 'en-US-Neural2-F',
      family: 'studio',
    });
    expect(overridden.family).toBe('studio');
    expect(overridden.label).toBe('Google Studio voices');
  });

  it('marks the Google families without SSML as plain text only', () => {
    const plain = googleVoiceFamilies.filter(
      (family) => getDialectCapabilities({ dialect: 'google', family }).plainTextOnly,
    );
    expect(plain).toEqual(['journey', 'chirp-hd', 'chirp3-hd']);
  });

  it('tells Azure HD families from the voice name, defaults to neural', () => {
    expect(
      [
        'en-US-AvaNeural',
        'en-US-Ava:DragonHDLatestNeural',
        'en-US-Ava3:DragonHDOmniLatestNeural',
        undefined,
      ].map((voice) => getDialectCapabilities({ dialect: 'azure', voice }).family),
    ).toEqual(['neural', 'dragon-hd', 'dragon-hd-omni', 'neural']);
  });

  it('defaults Polly to neural (voice names do not tell the engine)', () => {
    expect(getDialectCapabilities({ dialect: 'polly', voice: 'Joanna' }).family).toBe(
      'neural',
    );
    expect(getDialectCapabilities({ dialect: 'polly', family: 'standard' }).family).toBe(
      'standard',
    );
  });

  it('rejects a family of another vendor', () => {
    expect(() =>
      getDialectCapabilities({ dialect: 'polly', family: 'studio' as 'standard' }),
    ).toThrow(
      /unknown voice family "studio" \(expected standard, neural, long-form, generative\)/,
    );
  });

  it('has a rule for every known element in every table', () => {
    const tables = [
      getDialectCapabilities({ dialect: 'w3c' }),
      ...googleVoiceFamilies.map((family) =>
        getDialectCapabilities({ dialect: 'google', family }),
      ),
      ...azureVoiceFamilies.map((family) =>
        getDialectCapabilities({ dialect: 'azure', family }),
      ),
      ...pollyVoiceFamilies.map((family) =>
        getDialectCapabilities({ dialect: 'polly', family }),
      ),
    ];
    for (const capabilities of tables) {
      for (const name of knownElementNames)
        expect(
          capabilities.elements[name],
          `${capabilities.label} ${name}`,
        ).toBeDefined();
    }
  });

  it('states the request limits engines declare', () => {
    expect(getDialectCapabilities({ dialect: 'google' }).limits).toEqual({
      maxInput: { unit: 'utf8-bytes', max: 5000 },
    });
    expect(getDialectCapabilities({ dialect: 'polly' }).limits).toEqual({
      maxInput: { unit: 'billed-chars', max: 3000 },
      maxTotalInput: { unit: 'utf16', max: 6000 },
      maxBreakMs: 10_000,
    });
    expect(getDialectCapabilities({ dialect: 'azure' }).limits).toEqual({
      maxInput: { unit: 'utf8-bytes', max: 65_536 },
      maxBreakMs: 20_000,
      maxVoiceAndAudioElements: 50,
    });
    expect(getDialectCapabilities({ dialect: 'w3c' }).limits).toEqual({});
  });

  it('describes what passes, converts, clamps and drops per element and attribute', () => {
    const polly = getDialectCapabilities({ dialect: 'polly', family: 'neural' });
    expect(polly.elements.emphasis.support).toBe('unwrap');
    expect(polly.elements.prosody).toMatchObject({
      support: 'keep',
      attributes: {
        rate: {
          support: 'pass',
          value: { kind: 'rate', range: { minimum: 0.2, maximum: 2 } },
        },
        pitch: { support: 'drop' },
      },
    });
    const azure = getDialectCapabilities({ dialect: 'azure' });
    expect(azure.elements.mark).toMatchObject({ support: 'keep', renameTo: 'bookmark' });
    expect(azure.root).toMatchObject({ version: '1.0', voiceWrapper: true });
  });
});
