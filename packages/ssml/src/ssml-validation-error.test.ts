import { describe, expect, it } from 'vitest';
import { assertValidSsml } from './assert-valid-ssml';
import { parseSsml } from './parse-ssml';
import { SsmlParseError } from './ssml-parse-error';
import { SsmlValidationError } from './ssml-validation-error';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('assertValidSsml and SsmlValidationError', () => {
  it('throws a typed error naming the first error, carrying every diagnostic', () => {
    const document = parseSsml('<speak><foo/>\n<say-as>1</say-as><sub>x</sub></speak>');
    const error = thrown(() => assertValidSsml(document, { dialect: 'google' }));
    expect(SsmlValidationError.isInstance(error)).toBe(true);
    expect(SsmlParseError.isInstance(error)).toBe(false);
    const validation = error as SsmlValidationError;
    expect(validation.name).toBe('TTS_SsmlValidationError');
    expect(validation.message).toBe(
      '[ttskit] [ssml] invalid SSML for google at 2:1: <say-as> needs the interpret-as attribute (and 1 more errors)',
    );
    expect(validation.errors.map((diagnostic) => diagnostic.code)).toEqual([
      'missing-attribute',
      'missing-attribute',
    ]);
    expect(validation.diagnostics.map((diagnostic) => diagnostic.code)).toContain(
      'unknown-element',
    );
  });

  it('carries the Symbol.for markers core checks, across copies', () => {
    const error = new SsmlValidationError({ diagnostics: [] });
    const markers = error as unknown as Record<symbol, unknown>;
    expect(markers[Symbol.for('ttskit.error')]).toBe(true);
    expect(markers[Symbol.for('ttskit.error.TTS_SsmlValidationError')]).toBe(true);
    expect(
      SsmlValidationError.isInstance({
        [Symbol.for('ttskit.error.TTS_SsmlValidationError')]: true,
      }),
    ).toBe(true);
    expect(SsmlValidationError.isInstance(new Error('x'))).toBe(false);
    expect(SsmlValidationError.isInstance(null)).toBe(false);
    expect(error.message).toBe('[ttskit] [ssml] invalid SSML: no diagnostics');
  });

  it('returns warnings and infos when nothing is an error', () => {
    const document = parseSsml('<speak><foo>x</foo></speak>');
    expect(assertValidSsml(document).map((diagnostic) => diagnostic.code)).toEqual([
      'unknown-element',
    ]);
  });
});
