import { describe, expect, it } from 'vitest';
import { prepareEspeakInput } from './espeak-input';

describe('prepareEspeakInput', () => {
  it('escapes plain text and maps offsets back to it', () => {
    const input = 'a<b & c>d';
    const prepared = prepareEspeakInput({ input, inputType: 'text' });
    expect(prepared.text).toBe('a&lt;b &amp; c&gt;d');
    // Every offset inside an escape maps to the escaped character.
    const b = prepared.text.indexOf('b');
    expect(prepared.toInputOffset(b)).toBe(input.indexOf('b'));
    expect(prepared.toInputOffset(prepared.text.indexOf('&amp;') + 3)).toBe(
      input.indexOf('&'),
    );
    expect(prepared.toInputOffset(prepared.text.length)).toBe(input.length);
  });

  it('leaves SSML alone and counts code points, not UTF-16 units', () => {
    const input = '<speak>😀 𝐀b Grüße</speak>';
    const prepared = prepareEspeakInput({ input, inputType: 'ssml' });
    expect(prepared.text).toBe(input);
    // Code points: <speak> is 7, then 😀 (2 units), space, 𝐀 (2 units), b.
    expect(prepared.codePointToOffset(7)).toBe(7);
    expect(prepared.codePointToOffset(8)).toBe(9);
    expect(prepared.codePointToOffset(9)).toBe(10);
    expect(prepared.codePointToOffset(10)).toBe(12);
    expect(input.slice(prepared.codePointToOffset(12))).toBe('Grüße</speak>');
    expect(prepared.codePointToOffset(1_000)).toBe(input.length);
  });

  it('replaces NUL, which would end the C string espeak reads', () => {
    const prepared = prepareEspeakInput({ input: 'a\u0000b', inputType: 'text' });
    expect(prepared.text).toBe('a b');
    expect(prepared.toInputOffset(2)).toBe(2);
  });
});
