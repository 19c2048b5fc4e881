import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SsmlDocument, SsmlElement } from './ast';
import { parseSsml } from './parse-ssml';
import { propertyParameters } from './property-parameters.test-helper';
import { vendorDocuments } from './shared-corpus.test-helper';
import { ssmlDocumentArbitrary } from './ssml-document-arbitrary.test-helper';
import {
  documentShapeProblems,
  markupPieces,
  mutatedInputArbitrary,
  parseErrorProblems,
} from './ssml-input-mutation.test-helper';
import { comparableTree } from './ssml-model-tree.test-helper';
import { xmlWellFormednessError } from './xml-well-formed.test-helper';

const corpusSources = vendorDocuments().map((document) => document.source);
const loneSurrogate =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Outcome = { document: SsmlDocument } | { error: unknown };

function attempt(input: string, options: Parameters<typeof parseSsml>[1] = {}): Outcome {
  try {
    return { document: parseSsml(input, options) };
  } catch (error) {
    return { error };
  }
}

/** Parses or fails with a well-placed `SsmlParseError`; a parsed document has sane spans. */
function expectParsedOrPlacedError(input: string): Outcome {
  const outcome = attempt(input);
  if ('error' in outcome) expect(parseErrorProblems(input, outcome.error)).toEqual([]);
  else expect(documentShapeProblems(outcome.document)).toEqual([]);
  return outcome;
}

function depthOf(element: SsmlElement): number {
  let deepest = 0;
  for (const child of element.children)
    if (child.type === 'element') deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

function nodeCount(element: SsmlElement): number {
  let count = 0;
  for (const child of element.children)
    count += child.type === 'element' ? 1 + nodeCount(child) : 1;
  return count;
}

const tokenSoup = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...markupPieces) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('speak', 'p', 'a', 'x="1"', 'hello', '日本', ''),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

describe('parseSsml properties', () => {
  it('parses every generated document into the tree it was generated from', () => {
    fc.assert(
      fc.property(ssmlDocumentArbitrary(), (generated) => {
        const document = parseSsml(generated.source);
        expect(comparableTree(document.root)).toEqual(comparableTree(generated.model));
        expect(documentShapeProblems(document)).toEqual([]);
        // The generator writes well-formed XML (fragments are ours to accept).
        if (!generated.isFragment)
          expect(xmlWellFormednessError(generated.source)).toBeUndefined();
      }),
      propertyParameters(300),
    );
  });

  it('never crashes on random strings: a document or an SsmlParseError inside the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), tokenSoup),
        (input) => {
          expectParsedOrPlacedError(input);
        },
      ),
      propertyParameters(1500),
    );
  });

  it('never crashes on mutated corpus documents, and agrees with a strict XML parser', () => {
    fc.assert(
      fc.property(mutatedInputArbitrary(fc.constantFrom(...corpusSources)), (input) => {
        const outcome = expectParsedOrPlacedError(input);
        const accepted = 'document' in outcome;
        // Fragments are ours to accept, lone surrogates ours to reject, and
        // a DOCTYPE with an internal subset is refused on purpose.
        const isFragment =
          accepted &&
          !/^<speak[\s/>]/.test(input.slice(outcome.document.root.span.start));
        const lenient =
          isFragment ||
          loneSurrogate.test(input) ||
          /<!(?:DOCTYPE[^>]*\[|ENTITY|ELEMENT|ATTLIST)/.test(input);
        if (!lenient) expect(accepted).toBe(xmlWellFormednessError(input) === undefined);
      }),
      propertyParameters(1000),
    );
  });

  it('never crashes on mutated generated documents', () => {
    const generated = ssmlDocumentArbitrary({ maxDepth: 3 }).map(
      (document) => document.source,
    );
    fc.assert(
      fc.property(mutatedInputArbitrary(generated), (input) => {
        expectParsedOrPlacedError(input);
      }),
      propertyParameters(300),
    );
  });

  it('finishes on long repetitive input (anything quadratic would blow the test timeout)', () => {
    const repeated = fc.tuple(
      fc.constantFrom('', '<speak>', '<p>'),
      fc.constantFrom(
        ...markupPieces,
        'a ',
        '<p>',
        '<p/>',
        '&amp;',
        '<!-- -->',
        'x="1" ',
      ),
      fc.integer({ min: 5_000, max: 40_000 }),
    );
    fc.assert(
      fc.property(repeated, ([prefix, piece, count]) => {
        expectParsedOrPlacedError(prefix + piece.repeat(count));
      }),
      propertyParameters(40),
    );
  });

  it('keeps parsed documents within maxDepth, maxNodes and maxInputLength, or says limit-exceeded', () => {
    const limits = fc.record({
      maxDepth: fc.integer({ min: 0, max: 6 }),
      maxNodes: fc.integer({ min: 0, max: 40 }),
      maxInputLength: fc.integer({ min: 0, max: 4000 }),
    });
    fc.assert(
      fc.property(
        ssmlDocumentArbitrary({ maxDepth: 5 }),
        limits,
        (generated, options) => {
          const outcome = attempt(generated.source, options);
          if ('error' in outcome) {
            expect(parseErrorProblems(generated.source, outcome.error)).toEqual([]);
            expect((outcome.error as { reason: string }).reason).toBe('limit-exceeded');
            return;
          }
          const { root } = outcome.document;
          // A synthetic root (fragment) is not counted.
          const synthetic = generated.isFragment ? 1 : 0;
          expect(depthOf(root) - synthetic).toBeLessThanOrEqual(options.maxDepth);
          expect(nodeCount(root) + 1 - synthetic).toBeLessThanOrEqual(options.maxNodes);
          expect(generated.source.length).toBeLessThanOrEqual(options.maxInputLength);
        },
      ),
      propertyParameters(300),
    );
  });
});
