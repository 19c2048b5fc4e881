import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSsml } from './parse-ssml';
import { propertyParameters } from './property-parameters.test-helper';
import {
  anyInputs,
  documentOf,
  loweringOptionsArbitrary,
  ssmlInputs,
} from './serialize-inputs.test-helper';
import { judgeSpokenText } from './spoken-text-explanation.test-helper';
import {
  availableDialects,
  type DialectName,
  dialectNames,
  outputFormProblems,
  outputMappingProblems,
  serializeFor,
  spokenTextOf,
} from './ssml-dialects.test-helper';
import { textToSsmlDocument } from './text-to-ssml-document';
import { toPlainText } from './to-plain-text';

/** `it`, or `it.skip` for a dialect `serializeSsml` does not know yet (it runs once it lands). */
const itFor = (dialect: DialectName) =>
  availableDialects.includes(dialect) ? it : it.skip;

describe('serializeSsml properties in every dialect', () => {
  for (const dialect of dialectNames) {
    const loweringOptions = loweringOptionsArbitrary(dialect);

    itFor(dialect)(
      `${dialect}: output is well-formed XML (plain text: free of XML-forbidden characters)`,
      () => {
        fc.assert(
          fc.property(anyInputs, loweringOptions, (input, lowering) => {
            const result = serializeFor(documentOf(input), dialect, lowering);
            expect(outputFormProblems(dialect, result)).toEqual([]);
          }),
          propertyParameters(150),
        );
      },
    );

    itFor(dialect)(
      `${dialect}: source map offsets in range and monotonic, warnings point at their element`,
      () => {
        fc.assert(
          fc.property(anyInputs, loweringOptions, (input, lowering) => {
            const document = documentOf(input);
            const result = serializeFor(document, dialect, lowering);
            expect(outputMappingProblems({ dialect, document, result })).toEqual([]);
          }),
          propertyParameters(120),
        );
      },
    );

    itFor(dialect)(
      `${dialect}: speaks the input's text, except what a warning excuses`,
      () => {
        fc.assert(
          fc.property(ssmlInputs(), loweringOptions, (input, lowering) => {
            const document = documentOf(input);
            const result = serializeFor(document, dialect, lowering);
            const spoken = spokenTextOf(dialect, result);
            const expected = toPlainText(document).text;
            const verdict = judgeSpokenText({
              document,
              warnings: result.warnings,
              spoken,
              expected,
            });
            if (verdict === 'unexplained') {
              const warnings = result.warnings.map(
                (warning) =>
                  `${warning.action} ${warning.element}${warning.attribute === undefined ? '' : `@${warning.attribute}`}`,
              );
              expect({ spoken, warnings }).toEqual({ spoken: expected, warnings });
            }
          }),
          propertyParameters(120),
        );
      },
    );
  }
});

describe('regressions: bugs the properties found (minimal repros)', () => {
  const text = (source: string) => toPlainText(parseSsml(source)).text;

  it('toPlainText keeps characters written as references: &#160; is a no-break space, not nothing', () => {
    expect(text('<speak>10&#160;km</speak>')).toBe('10\u00A0km');
    expect(text('<speak>a&#x3000;b&#xFEFF;c&#x2028;d</speak>')).toBe(
      'a\u3000b\uFEFFc\u2028d',
    );
  });

  it('the text dialect spells out text inside child elements of say-as characters', () => {
    const source =
      '<speak><say-as interpret-as="characters">A<emphasis>B</emphasis>C</say-as></speak>';
    const { ssml } = serializeFor(parseSsml(source), 'text');
    expect(ssml.replace(/ /g, '')).toBe('ABC');
  });

  it('the text dialect writes no XML-forbidden control characters for plain text input', () => {
    const result = serializeFor(textToSsmlDocument('a\u0000b\u001Bc'), 'text');
    expect(outputFormProblems('text', result)).toEqual([]);
  });

  it('w3c writes a decoded CR (&#13;) as a reference, so it reparses as CR (fixed in markup-writer)', () => {
    const { ssml } = serializeFor(parseSsml('<speak>a&#13;b</speak>'), 'w3c');
    expect(ssml).toContain('a&#13;b');
    expect(parseSsml(ssml).root.children[0]).toMatchObject({ value: 'a\rb' });
  });
});
