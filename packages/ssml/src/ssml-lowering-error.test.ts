import { describe, expect, it } from 'vitest';
import { parseSsml } from './parse-ssml';
import { type SerializeSsmlOptions, serializeSsml } from './serialize-ssml';
import { SsmlLoweringError } from './ssml-lowering-error';
import { SsmlParseError } from './ssml-parse-error';

const strict = (source: string, options: Omit<SerializeSsmlOptions, 'strict'>) =>
  serializeSsml(parseSsml(source), { ...options, strict: true });

const thrown = (action: () => unknown): unknown => {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('serializeSsml strict', () => {
  it('throws SsmlLoweringError with every drop and clamp, positioned at the first', () => {
    const source =
      '<speak>\n  <emphasis>hi</emphasis> <break time="12s"/> <prosody rate="1.2">x</prosody></speak>';
    const error = thrown(() => strict(source, { dialect: 'polly' }));
    expect(SsmlLoweringError.isInstance(error)).toBe(true);
    expect(error).toBeInstanceOf(SsmlLoweringError);
    const lowering = error as SsmlLoweringError;
    expect(lowering.name).toBe('TTS_SsmlLoweringError');
    expect(lowering.message).toBe(
      '[ttskit] [ssml] cannot lower SSML to polly without loss (strict) at 2:3: Polly supports <emphasis> on standard voices only; its text is spoken without the tag (and 1 more)',
    );
    expect(lowering).toMatchObject({ dialect: 'polly', line: 2, column: 3, offset: 10 });
    expect(
      lowering.warnings.map((warning) => `${warning.action} ${warning.element}`),
    ).toEqual(['dropped emphasis', 'clamped break']);
    // Both markers core checks: TtsError.isInstance recognises it too.
    expect((error as Record<symbol, unknown>)[Symbol.for('ttskit.error')]).toBe(true);
    expect(SsmlParseError.isInstance(error)).toBe(false);
    expect(SsmlLoweringError.isInstance(new Error('x'))).toBe(false);
    expect(SsmlLoweringError.isInstance(null)).toBe(false);
  });

  it('lets conversions through and throws on clamps at exact bounds only when exceeded', () => {
    const converted = strict(
      '<speak><prosody rate="+50%">a</prosody><mark name="m"/><break time="20s"/></speak>',
      { dialect: 'azure', voice: 'en-US-JennyNeural' },
    );
    expect(converted.warnings.map((warning) => warning.action)).toEqual(['converted']);
    expect(() =>
      strict('<speak><break time="20001ms"/></speak>', { dialect: 'azure' }),
    ).toThrow(/at 1:8: time="20001ms" is outside the range Azure neural voices take/);
    expect(() =>
      strict('<speak><break time="10s"/><prosody rate="200%">a</prosody></speak>', {
        dialect: 'polly',
      }),
    ).not.toThrow();
  });

  it('applies to every dialect', () => {
    const source = '<speak>a<amazon:breath duration="long"/>b</speak>';
    for (const dialect of ['w3c', 'google', 'azure', 'espeak', 'text'] as const)
      expect(() => strict(source, { dialect }), dialect).toThrow(SsmlLoweringError);
    expect(() => strict(source, { dialect: 'polly', family: 'standard' })).not.toThrow();
    // Chirp 3: HD takes no SSML: the switch to plain text is a conversion, the losses are drops.
    expect(() =>
      strict('<speak>Just words.</speak>', {
        dialect: 'google',
        voice: 'en-US-Chirp3-HD-Kore',
      }),
    ).not.toThrow();
  });
});
