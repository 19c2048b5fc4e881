import { describe, expect, it } from 'vitest';
import { parseSsml } from './parse-ssml';
import { SsmlParseError } from './ssml-parse-error';

function parseError(input: string): SsmlParseError {
  try {
    parseSsml(input);
  } catch (error) {
    if (SsmlParseError.isInstance(error)) return error;
    throw error;
  }
  throw new Error(`expected a parse error for ${JSON.stringify(input)}`);
}

// [input, reason, line, column]. Each is well-formed except for one problem,
// which htmlparser2 alone would accept, repair or ignore.
const cases: Array<[string, string, number, number]> = [
  ['<speak>\n  <prosody rate="slow">oops</speak>', 'mismatched-end-tag', 2, 28],
  ['<speak>\n<p>\n<s>a</s>\n', 'unclosed-element', 2, 1],
  ['<speak>a</speak>\n</p>', 'unexpected-end-tag', 2, 1],
  ['<speak>a</speak>\n<speak>b</speak>', 'multiple-roots', 2, 1],
  ['<speak>a</speak><p>b</p>', 'multiple-roots', 1, 17],
  ['<p>b</p><speak>a</speak>', 'multiple-roots', 1, 1],
  ['<speak>a</speak>\n  trailing', 'text-outside-root', 2, 3],
  ['leading <speak>a</speak>', 'text-outside-root', 1, 1],
  ['<speak>if a < b</speak>', 'malformed-tag', 1, 13],
  ['<speak>a <> b</speak>', 'malformed-tag', 1, 10],
  ['<speak>a </> b</speak>', 'malformed-end-tag', 1, 10],
  ['<speak>a</ speak>', 'malformed-end-tag', 1, 11],
  ['<speak>a</speak junk>', 'malformed-end-tag', 1, 17],
  ['<speak>a <b', 'unterminated-tag', 1, 10],
  ['<speak>a</speak', 'unterminated-tag', 1, 9],
  ['<speak><break time="1s"', 'unterminated-tag', 1, 8],
  ['<speak>Fish &amp; chips &nbsp;</speak>', 'invalid-entity', 1, 25],
  ['<speak>green & yellow</speak>', 'invalid-entity', 1, 14],
  ['<speak>&#0;</speak>', 'invalid-entity', 1, 8],
  ['<speak>&#xD800;</speak>', 'invalid-entity', 1, 8],
  ['<speak><sub alias="R&D">x</sub></speak>', 'invalid-entity', 1, 21],
  ['<speak>\n<break time>x</speak>', 'attribute-without-value', 2, 8],
  ['<speak><break time=1s/></speak>', 'unquoted-attribute-value', 1, 20],
  ['<speak><break time="1s" time="2s"/></speak>', 'duplicate-attribute', 1, 25],
  ['<speak><break time="1s"strength="weak"/></speak>', 'malformed-tag', 1, 24],
  ['<speak><break / ></speak>', 'malformed-tag', 1, 16],
  ['<speak><mark name="a<b"/></speak>', 'malformed-attribute', 1, 21],
  ['<speak><1st>x</1st></speak>', 'invalid-name', 1, 9],
  ['<speak><s a"b="1">x</s></speak>', 'invalid-name', 1, 11],
  ['<speak>a <!-- note', 'unterminated-comment', 1, 10],
  ['<speak>a <!-- one -- two --></speak>', 'malformed-comment', 1, 19],
  ['<speak>a <![CDATA[ b </speak>', 'unterminated-cdata', 1, 10],
  ['<speak>a ]]> b</speak>', 'malformed-text', 1, 10],
  ['<speak>a <?pi data', 'unterminated-processing-instruction', 1, 10],
  ['<speak><? x?></speak>', 'malformed-processing-instruction', 1, 8],
  ['<speak/>\n<?xml version="1.0"?>', 'misplaced-xml-declaration', 2, 1],
  ['<?xml version="2"?><speak/>', 'malformed-xml-declaration', 1, 1],
  ['<speak><!ELEMENT x ANY></speak>', 'doctype-not-allowed', 1, 8],
  ['<!DOCTYPE a [<!ENTITY b "c">]><speak>&b;</speak>', 'doctype-not-allowed', 1, 1],
  ['<speak/><!DOCTYPE speak>', 'doctype-not-allowed', 1, 9],
  ['<speak><!foo></speak>', 'malformed-markup', 1, 8],
  ['<speak>bell \u0007</speak>', 'invalid-character', 1, 13],
];

describe('parseSsml errors', () => {
  it.each(cases)('%j → %s at %i:%i', (input, reason, line, column) => {
    const error = parseError(input);
    expect({ reason: error.reason, line: error.line, column: error.column }).toEqual({
      reason,
      line,
      column,
    });
    expect(error.message).toMatch(
      new RegExp(`^\\[ttskit\\] \\[ssml\\] SSML parse error at ${line}:${column}: `),
    );
    const lines = input.split('\n');
    expect(error.offset).toBe(
      lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) +
        column -
        1,
    );
  });

  it('names both elements of a mismatched end tag and where the open one started', () => {
    const error = parseError('<speak>\n  <emphasis>\n  x</prosody></speak>');
    expect(error.message).toBe(
      '[ttskit] [ssml] SSML parse error at 3:4: end tag </prosody> does not match open <emphasis> (opened at 2:3)',
    );
  });

  it('prints the offending line with a caret under the column', () => {
    const error = parseError('<speak>\n\t<p>Tom &amp Jerry</p>\n</speak>');
    expect(error.snippet).toBe('\t<p>Tom &amp Jerry</p>\n\t       ^');
    expect(error.reason).toBe('invalid-entity');
  });

  it('cuts a snippet of a very long line to a window around the column', () => {
    const input = `<speak>${'word '.repeat(400)}& more</speak>`;
    const error = parseError(input);
    const [line, caret] = error.snippet.split('\n');
    expect(line?.startsWith('…')).toBe(true);
    expect(line?.length).toBeLessThanOrEqual(102);
    expect(line?.[(caret?.length ?? 0) - 1]).toBe('&');
  });

  it('reports where an unclosed element opened and where the input ends', () => {
    const error = parseError('<speak>\n  <p>never closed\n</speak>\n');
    expect(error).toMatchObject({ reason: 'mismatched-end-tag', line: 3, column: 1 });
    const unclosed = parseError('<speak>\n  <p>never closed\n');
    expect(unclosed.message).toContain(
      'element <p> is never closed (the input ends at 3:1)',
    );
  });

  it('throws TypeError and RangeError for bad arguments, not parse errors', () => {
    expect(() => parseSsml(42 as unknown as string)).toThrow(TypeError);
    expect(() => parseSsml('x', { maxDepth: -1 })).toThrow(RangeError);
    expect(() => parseSsml('x', { maxNodes: Number.NaN })).toThrow(RangeError);
  });
});
