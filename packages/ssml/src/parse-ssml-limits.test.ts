import { describe, expect, it } from 'vitest';
import { parseSsml } from './parse-ssml';
import { SsmlParseError } from './ssml-parse-error';

function parseError(input: string, options = {}): SsmlParseError {
  try {
    parseSsml(input, options);
  } catch (error) {
    if (SsmlParseError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected a parse error');
}

describe('parseSsml limits', () => {
  it('rejects input longer than maxInputLength (UTF-16 units) before parsing', () => {
    const input = `<speak>${'é'.repeat(20)}</speak>`;
    expect(parseSsml(input, { maxInputLength: input.length }).root.name).toBe('speak');
    const error = parseError(input, { maxInputLength: 10 });
    expect(error).toMatchObject({
      reason: 'limit-exceeded',
      offset: 10,
      line: 1,
      column: 11,
    });
    expect(error.message).toContain('maxInputLength');
    expect(parseError('x'.repeat(1_000_001)).reason).toBe('limit-exceeded');
  });

  it('stops at the element that exceeds maxDepth', () => {
    const input = `<speak>\n${'<s>'.repeat(5)}x${'</s>'.repeat(5)}</speak>`;
    expect(() => parseSsml(input, { maxDepth: 6 })).not.toThrow();
    const error = parseError(input, { maxDepth: 5 });
    expect(error).toMatchObject({ reason: 'limit-exceeded', line: 2, column: 13 });
    expect(error.message).toContain('maxDepth');
    const deep = `${'<p>'.repeat(100_000)}`;
    expect(parseError(deep)).toMatchObject({ reason: 'limit-exceeded', offset: 64 * 3 });
  });

  it('stops at the node that exceeds maxNodes', () => {
    const input = `<speak>${'<break/>'.repeat(9)}</speak>`;
    expect(() => parseSsml(input, { maxNodes: 10 })).not.toThrow();
    const error = parseError(input, { maxNodes: 9 });
    expect(error).toMatchObject({ reason: 'limit-exceeded', offset: 7 + 8 * 8 });
    expect(error.message).toContain('maxNodes');
    const many = `<speak>${'<break/>'.repeat(110_000)}</speak>`;
    expect(parseError(many)).toMatchObject({ reason: 'limit-exceeded' });
  });
});

describe('DTD and entity attacks are inert', () => {
  it('rejects "billion laughs" at the DOCTYPE without expanding anything', () => {
    const lols = Array.from(
      { length: 9 },
      (_, index) => `<!ENTITY lol${index + 1} "${`&lol${index};`.repeat(10)}">`,
    ).join('\n');
    const input = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${lols}\n]>\n<speak>&lol9;</speak>`;
    expect(parseError(input)).toMatchObject({
      reason: 'doctype-not-allowed',
      line: 2,
      column: 1,
    });
  });

  it('rejects an external entity (XXE) declaration and never reads the file', () => {
    const input =
      '<!DOCTYPE speak [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><speak>&xxe;</speak>';
    const error = parseError(input);
    expect(error.reason).toBe('doctype-not-allowed');
    expect(error.message).not.toContain('root:');
  });

  it('rejects a parameter-entity DTD and a reference to an entity only an external DTD could define', () => {
    const parameter =
      '<!DOCTYPE speak [<!ENTITY % remote SYSTEM "http://example.invalid/x.dtd"> %remote;]><speak/>';
    expect(parseError(parameter).reason).toBe('doctype-not-allowed');
    const external =
      '<!DOCTYPE speak SYSTEM "file:///etc/passwd"><speak>&passwd;</speak>';
    expect(parseError(external)).toMatchObject({ reason: 'invalid-entity', column: 52 });
  });

  it('handles pathological input in linear time (no hang, one error)', () => {
    const ampersands = `<speak>${'&'.repeat(200_000)}</speak>`;
    expect(parseError(ampersands)).toMatchObject({ reason: 'invalid-entity', column: 8 });
    const brackets = '<'.repeat(300_000);
    expect(parseError(brackets).reason).toBe('malformed-tag');
    const longLine = `<speak>${'a '.repeat(300_000)}<break/>`.repeat(1);
    expect(parseError(longLine).reason).toBe('unclosed-element');
    const comments = `<speak>${'<!-- c -->'.repeat(50_000)}</speak>`;
    expect(parseSsml(comments).root.children).toEqual([]);
  });
});
