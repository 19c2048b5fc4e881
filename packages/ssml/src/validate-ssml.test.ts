import { describe, expect, it } from 'vitest';
import type { SsmlDocument } from './ast';
import { parseSsml } from './parse-ssml';
import { textToSsmlDocument } from './text-to-ssml-document';
import { validateSsml } from './validate-ssml';
import { validate } from './validate-ssml.test-helper';

describe('validateSsml', () => {
  it('finds nothing in plain text and in documents made from text', () => {
    expect(validate('Hello <break time="500ms"/> world.')).toEqual([]);
    expect(validateSsml(textToSsmlDocument('Tom & <Jerry>'))).toEqual([]);
    expect(
      validateSsml(textToSsmlDocument(''), { dialect: 'azure', voice: 'v' }),
    ).toEqual([]);
  });

  it('returns diagnostics in source order', () => {
    const source = '<speak><lookup ref="x">a</lookup><break time="no"/><foo/></speak>';
    const offsets = validate(source).map((diagnostic) => diagnostic.position.offset);
    expect(offsets).toEqual([...offsets].sort((first, second) => first - second));
    expect(validate(source).map((diagnostic) => diagnostic.code)).toEqual([
      'unknown-lexicon',
      'invalid-value',
      'unknown-element',
    ]);
  });

  it('stops at maxDiagnostics and says so', () => {
    const source = `<speak>${'<break time="x"/>'.repeat(20)}</speak>`;
    const diagnostics = validate(source, { maxDiagnostics: 3 });
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      'invalid-value',
      'invalid-value',
      'invalid-value',
      'diagnostics-truncated',
    ]);
    expect(diagnostics[3]).toMatchObject({ severity: 'info', position: { offset: 0 } });
    expect(validate(source)).toHaveLength(20);
    expect(validate(source, { maxDiagnostics: 20 })).toHaveLength(20);
  });

  it('walks any depth without recursion', () => {
    const depth = 20_000;
    const source = `<speak>${'<prosody>'.repeat(depth)}x${'</prosody>'.repeat(depth)}</speak>`;
    const document = parseSsml(source, { maxDepth: depth + 1 });
    const diagnostics = validateSsml(document);
    expect(diagnostics).toHaveLength(1000 + 1);
    expect(diagnostics.at(-1)?.code).toBe('diagnostics-truncated');
    expect(() =>
      validateSsml(document, { dialect: 'text', maxDiagnostics: 5 }),
    ).not.toThrow();
  });

  it('never throws on a built or edited tree whose spans do not match the source', () => {
    const document: SsmlDocument = {
      type: 'document',
      origin: 'ssml',
      source: '',
      root: {
        type: 'element',
        name: 'speak',
        attributes: {},
        span: { start: 0, end: 0, line: 1, column: 1 },
        children: [
          {
            type: 'element',
            name: 'break',
            attributes: { time: 'soon' },
            children: [],
            span: { start: 40, end: 50, line: 3, column: 2 },
          },
        ],
      },
    };
    for (const dialect of [
      undefined,
      'w3c',
      'google',
      'azure',
      'polly',
      'espeak',
      'text',
    ] as const) {
      expect(() =>
        validateSsml(document, dialect === undefined ? {} : { dialect }),
      ).not.toThrow();
    }
    expect(validateSsml(document)).toMatchObject([
      { code: 'invalid-value', position: { offset: 40, line: 3, column: 2 } },
    ]);
  });

  it('rejects bad options and non-documents', () => {
    const document = parseSsml('<speak>x</speak>');
    expect(() => validateSsml(document, { dialect: 'siri' as 'w3c' })).toThrow(
      RangeError,
    );
    expect(() => validateSsml(document, { maxDiagnostics: 0 })).toThrow(
      /^\[ttskit\] \[ssml\] the maxDiagnostics/,
    );
    expect(() => validateSsml('<speak/>' as unknown as SsmlDocument)).toThrow(TypeError);
  });
});
