import { describe, expect, it } from 'vitest';
import { parseSsml } from './parse-ssml';
import { SsmlParseError } from './ssml-parse-error';

describe('SsmlParseError', () => {
  const error = (() => {
    try {
      parseSsml('<speak>\n  <p>x</s>\n</speak>');
    } catch (caught) {
      return caught as SsmlParseError;
    }
    throw new Error('expected a parse error');
  })();

  it('carries both ttskit markers, so core recognises it without instanceof', () => {
    expect(error.name).toBe('TTS_SsmlParseError');
    expect(
      (error as unknown as Record<symbol, unknown>)[Symbol.for('ttskit.error')],
    ).toBe(true);
    expect(
      (error as unknown as Record<symbol, unknown>)[
        Symbol.for('ttskit.error.TTS_SsmlParseError')
      ],
    ).toBe(true);
    expect(error).toBeInstanceOf(Error);
  });

  it('isInstance checks the marker, not the prototype chain', () => {
    expect(SsmlParseError.isInstance(error)).toBe(true);
    const foreign = Object.assign(new Error('from another copy'), {
      [Symbol.for('ttskit.error.TTS_SsmlParseError')]: true,
    });
    expect(SsmlParseError.isInstance(foreign)).toBe(true);
    expect(SsmlParseError.isInstance(new Error('x'))).toBe(false);
    expect(SsmlParseError.isInstance(undefined)).toBe(false);
    expect(SsmlParseError.isInstance({ [Symbol.for('ttskit.error')]: true })).toBe(false);
  });

  it('exposes position, reason and a printable snippet', () => {
    expect(error).toMatchObject({
      line: 2,
      column: 7,
      offset: 14,
      reason: 'mismatched-end-tag',
    });
    expect(error.snippet).toBe('  <p>x</s>\n      ^');
    expect(error.detail).toBe('end tag </s> does not match open <p> (opened at 2:3)');
    expect(error.message).toBe(
      '[ttskit] [ssml] SSML parse error at 2:7: end tag </s> does not match open <p> (opened at 2:3)',
    );
  });
});
