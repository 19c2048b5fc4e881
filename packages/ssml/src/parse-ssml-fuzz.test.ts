import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { parseSsml } from './parse-ssml';
import { vendorDocuments } from './shared-corpus.test-helper';
import { SsmlParseError } from './ssml-parse-error';

const sources = vendorDocuments().map((document) => document.source);
const insertions = [
  '<',
  '&',
  '>',
  '"',
  "'",
  '</',
  '/>',
  '<!--',
  '-->',
  ']]>',
  '<![CDATA[',
  '<?',
  '?>',
  '&amp;',
  '&#',
  ';',
  '=',
  ' ',
  '\n',
  '\r',
  '\t',
  '<!DOCTYPE speak>',
  '&nbsp;',
  '&#xD800;',
  '&#65;',
  '\uFEFF',
  'é',
  '😀',
  '<a>',
  '</a>',
  '<b/>',
  'x="1"',
  '<speak>',
  '</speak>',
  '<?xml version="1.0"?>',
];

/** A small deterministic generator (LCG), so failures are reproducible. */
function createRandom(seed: number) {
  let state = seed;
  return (limit: number) => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) & 0x7fffffff;
    return state % limit;
  };
}

function mutate(source: string, random: (limit: number) => number): string {
  let result = source;
  const count = 1 + random(3);
  for (let index = 0; index < count; index++) {
    const at = random(result.length + 1);
    const operation = random(10);
    if (operation < 2) result = result.slice(0, at);
    else if (operation < 5)
      result = result.slice(0, at) + result.slice(at + 1 + random(3));
    else
      result =
        result.slice(0, at) + insertions[random(insertions.length)] + result.slice(at);
  }
  return result;
}

/** An independent strict XML parser as the oracle for well-formedness. */
function isWellFormedXml(source: string): boolean {
  const parser = new SaxesParser({ xmlns: false });
  let wellFormed = true;
  parser.on('error', () => {
    wellFormed = false;
  });
  try {
    parser.write(source).close();
  } catch {
    wellFormed = false;
  }
  return wellFormed;
}

describe('parseSsml on mutated corpus documents', () => {
  it('returns a document or throws SsmlParseError, never anything else, and agrees with a strict XML parser', () => {
    const random = createRandom(20_261_125);
    const outcomes = { parsed: 0, rejected: 0 };
    const disagreements: string[] = [];
    for (let iteration = 0; iteration < 4000; iteration++) {
      const input = mutate(sources[random(sources.length)] as string, random);
      let accepted: boolean;
      let isFragment = false;
      try {
        const document = parseSsml(input);
        isFragment = document.root.span.start === 0 && !input.startsWith('<speak');
        accepted = true;
        outcomes.parsed++;
      } catch (error) {
        if (!SsmlParseError.isInstance(error)) throw error;
        expect(error.line).toBeGreaterThanOrEqual(1);
        expect(error.column).toBeGreaterThanOrEqual(1);
        expect(error.offset).toBeLessThanOrEqual(input.length);
        accepted = false;
        outcomes.rejected++;
      }
      // Fragments are ours to accept; a lone surrogate in a name is ours to reject.
      const lenient = isFragment || /[\uD800-\uDFFF]/.test(input);
      if (!lenient && accepted !== isWellFormedXml(input))
        disagreements.push(JSON.stringify(input));
    }
    expect(disagreements).toEqual([]);
    expect(outcomes.parsed).toBeGreaterThan(400);
    expect(outcomes.rejected).toBeGreaterThan(2000);
  });
});
