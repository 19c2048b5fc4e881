import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SsmlDocument, SsmlElement, SsmlNode } from './ast';
import { canonicalizeSsml } from './canonicalize-ssml';
import { forbiddenXmlCharacter } from './forbidden-xml-characters';
import { validateSsml } from './optional-ssml-functions.test-helper';
import { parseSsml } from './parse-ssml';
import { propertyParameters } from './property-parameters.test-helper';
import {
  documentOf,
  loweringOptionsArbitrary,
  plainTexts,
  ssmlInputs,
} from './serialize-inputs.test-helper';
import {
  availableDialects,
  type DialectName,
  isPlainTextOutput,
  serializeFor,
} from './ssml-dialects.test-helper';
import { textToSsmlDocument } from './text-to-ssml-document';

/** Elements never spoken, which any dialect may remove without a warning (README). */
const unspoken = new Set(['desc', 'meta', 'metadata']);

function withoutUnspoken(element: SsmlElement): SsmlElement {
  const children: SsmlNode[] = [];
  for (const child of element.children) {
    if (child.type === 'text') children.push(child);
    else if (!unspoken.has(child.name)) children.push(withoutUnspoken(child));
  }
  return { ...element, children };
}

/** Canonical form, unspoken metadata elements left out. */
function canonicalOf(document: SsmlDocument): string {
  return canonicalizeSsml({ ...document, root: withoutUnspoken(document.root) });
}

/**
 * The reparsed w3c output's canonical form, ignoring the `xml:lang="und"`
 * w3c may add to a root that has no language.
 */
function canonicalOfOutput(output: string, input: SsmlDocument): string {
  const reparsed = parseSsml(output);
  const { attributes } = reparsed.root;
  if (
    !Object.hasOwn(input.root.attributes, 'xml:lang') &&
    attributes['xml:lang'] === 'und'
  )
    delete attributes['xml:lang'];
  return canonicalOf(reparsed);
}

/** Whether `validateSsml` (once it exists) finds an error for w3c. */
function hasErrors(document: SsmlDocument): boolean {
  const diagnostics = (validateSsml?.(document, { dialect: 'w3c' }) ?? []) as Array<{
    severity: string;
  }>;
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

const xmlDialects: DialectName[] = ['w3c', 'google', 'azure', 'polly', 'espeak'];
const losses = new Set(['dropped', 'clamped', 'converted']);

describe('serializeSsml round trips', () => {
  it('w3c round-trips what it carries: a valid document lowered without warnings reparses to the same canonical form (desc, meta, metadata aside)', () => {
    let lossless = 0;
    fc.assert(
      fc.property(ssmlInputs('w3c'), (input) => {
        const document = documentOf(input);
        // Lowering may silently repair what is invalid (a prosody without attributes).
        if (hasErrors(document)) return;
        const { ssml, warnings } = serializeFor(document, 'w3c');
        if (warnings.length > 0) return;
        lossless++;
        expect(canonicalOfOutput(ssml, document)).toBe(canonicalOf(document));
      }),
      propertyParameters(250),
    );
    // Not vacuous: many W3C-vocabulary documents are valid and lower without a warning.
    expect(lossless).toBeGreaterThan(25);
  });

  it('w3c round-trips plain text documents (XML-forbidden characters become spaces)', () => {
    fc.assert(
      fc.property(plainTexts, (text) => {
        const document = textToSsmlDocument(text);
        const { ssml } = serializeFor(document, 'w3c');
        const cleaned = text.replace(new RegExp(forbiddenXmlCharacter, 'g'), ' ');
        expect(canonicalOfOutput(ssml, document)).toBe(
          canonicalizeSsml(textToSsmlDocument(cleaned)),
        );
      }),
      propertyParameters(300),
    );
  });

  it('w3c output is a fixed point: serializing the reparsed output gives it back', () => {
    fc.assert(
      fc.property(ssmlInputs(), (input) => {
        const { ssml } = serializeFor(documentOf(input), 'w3c');
        expect(serializeFor(parseSsml(ssml), 'w3c').ssml).toBe(ssml);
      }),
      propertyParameters(150),
    );
  });

  for (const dialect of xmlDialects) {
    const itFor = availableDialects.includes(dialect) ? it : it.skip;
    itFor(
      `${dialect}: lowering is idempotent (same canonical form, nothing more lost)`,
      () => {
        fc.assert(
          fc.property(
            ssmlInputs(),
            loweringOptionsArbitrary(dialect),
            (input, lowering) => {
              const first = serializeFor(documentOf(input), dialect, lowering);
              if (isPlainTextOutput(dialect, first)) return;
              const second = serializeFor(parseSsml(first.ssml), dialect, lowering);
              expect(canonicalizeSsml(parseSsml(second.ssml))).toBe(
                canonicalizeSsml(parseSsml(first.ssml)),
              );
              const lostAgain = second.warnings
                .filter((warning) => losses.has(warning.action))
                .map((warning) => `${warning.action} ${warning.from} → ${warning.to}`);
              expect(lostAgain).toEqual([]);
            },
          ),
          propertyParameters(100),
        );
      },
    );
  }
});
