import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizeSsml } from './canonicalize-ssml';
import { normalizeSsml, validateSsml } from './optional-ssml-functions.test-helper';
import { parseSsml } from './parse-ssml';
import { propertyParameters } from './property-parameters.test-helper';
import {
  anyInputs,
  documentOf,
  loweringOptionsArbitrary,
} from './serialize-inputs.test-helper';
import { positionAt } from './source-position';
import {
  availableDialects,
  dialectNames,
  isPlainTextOutput,
  outputMappingProblems,
  serializeFor,
} from './ssml-dialects.test-helper';
import { documentShapeProblems } from './ssml-input-mutation.test-helper';
import { toPlainText } from './to-plain-text';

type Diagnostic = {
  code: string;
  severity: string;
  message: string;
  element?: string;
  attribute?: string;
  position: { offset: number; line: number; column: number };
};

const severities = new Set(['error', 'warning', 'info']);

function diagnosticProblems(source: string, diagnostics: unknown): string[] {
  if (!Array.isArray(diagnostics))
    return [`returned ${typeof diagnostics}, not an array`];
  const problems: string[] = [];
  let previous = 0;
  for (const diagnostic of diagnostics as Diagnostic[]) {
    const { code, severity, message, position } = diagnostic;
    const expected = positionAt(source, position.offset);
    if (position.offset < 0 || position.offset > source.length)
      problems.push(`${code} at offset ${position.offset}, outside the source`);
    else if (expected.line !== position.line || expected.column !== position.column)
      problems.push(
        `${code} at ${position.offset} says ${position.line}:${position.column}`,
      );
    if (!severities.has(severity)) problems.push(`${code} has severity ${severity}`);
    if (typeof message !== 'string' || message === '')
      problems.push(`${code} has no message`);
    if (code === 'lowering-failed') problems.push(`lowering failed: ${message}`);
    if (code !== 'diagnostics-truncated' && position.offset < previous)
      problems.push(`${code} at ${position.offset} is out of source order`);
    previous = position.offset;
  }
  return problems;
}

const withNormalize = normalizeSsml === undefined ? it.skip : it;
const withValidate = validateSsml === undefined ? it.skip : it;

describe('normalizeSsml properties', () => {
  withNormalize(
    'never throws, never mutates its input, keeps spans and spoken text',
    () => {
      const normalize = normalizeSsml!;
      fc.assert(
        fc.property(anyInputs, (input) => {
          const document = documentOf(input);
          const before = JSON.stringify(document);
          const { document: normalized } = normalize(document);
          expect(JSON.stringify(document)).toBe(before);
          expect(normalized.source).toBe(document.source);
          expect(documentShapeProblems(normalized)).toEqual([]);
          expect(toPlainText(normalized).text).toBe(toPlainText(document).text);
        }),
        propertyParameters(150),
      );
    },
  );

  withNormalize(
    'is idempotent: normalizing twice canonicalizes like normalizing once',
    () => {
      const normalize = normalizeSsml!;
      fc.assert(
        fc.property(anyInputs, (input) => {
          const once = normalize(documentOf(input)).document;
          expect(canonicalizeSsml(normalize(once).document)).toBe(canonicalizeSsml(once));
        }),
        propertyParameters(150),
      );
    },
  );

  withNormalize(
    'normalized documents lower to every dialect with a consistent map',
    () => {
      const normalize = normalizeSsml!;
      fc.assert(
        fc.property(
          anyInputs,
          fc.constantFrom(...availableDialects),
          (input, dialect) => {
            const document = normalize(documentOf(input)).document;
            const result = serializeFor(document, dialect);
            // Normalizing renames elements (bookmark → mark) but keeps their spans.
            const problems = outputMappingProblems({ dialect, document, result });
            expect(
              problems.filter((problem) => !problem.includes(' points at ')),
            ).toEqual([]);
          },
        ),
        propertyParameters(150),
      );
    },
  );
});

describe('validateSsml properties', () => {
  withValidate(
    'never throws for a document, with or without a dialect; diagnostics are placed and ordered',
    () => {
      const validate = validateSsml!;
      const dialects = fc.option(fc.constantFrom(...dialectNames), { nil: undefined });
      fc.assert(
        fc.property(anyInputs, dialects, (input, dialect) => {
          const document = documentOf(input);
          const diagnostics = validate(
            document,
            dialect === undefined ? {} : { dialect },
          );
          expect(diagnosticProblems(document.source, diagnostics)).toEqual([]);
        }),
        propertyParameters(150),
      );
    },
  );

  withValidate('stops at maxDiagnostics, then says so once', () => {
    const validate = validateSsml! as (
      document: ReturnType<typeof documentOf>,
      options: { maxDiagnostics: number },
    ) => Diagnostic[];
    fc.assert(
      fc.property(anyInputs, fc.integer({ min: 1, max: 4 }), (input, maxDiagnostics) => {
        const diagnostics = validate(documentOf(input), { maxDiagnostics });
        const truncated = diagnostics.filter(
          (item) => item.code === 'diagnostics-truncated',
        );
        expect(diagnostics.length - truncated.length).toBeLessThanOrEqual(maxDiagnostics);
        expect(truncated.length).toBeLessThanOrEqual(1);
      }),
      propertyParameters(100),
    );
  });

  // The text dialect writes no markup to validate.
  for (const dialect of availableDialects.filter((name) => name !== 'text')) {
    withValidate(
      `${dialect}: a document without errors lowers to output without errors and with nothing left to lower`,
      () => {
        const validate = validateSsml! as (
          document: ReturnType<typeof documentOf>,
          options: { dialect: string; family?: string; voice?: string },
        ) => Diagnostic[];
        let checked = 0;
        fc.assert(
          fc.property(anyInputs, loweringOptionsArbitrary(dialect), (input, lowering) => {
            const document = documentOf(input);
            const options = { dialect, ...lowering };
            const isError = (diagnostic: Diagnostic) => diagnostic.severity === 'error';
            if (validate(document, options).some(isError)) return;
            const lowered = serializeFor(document, dialect, lowering);
            if (isPlainTextOutput(dialect, lowered)) return;
            checked++;
            const complaints = validate(parseSsml(lowered.ssml), options)
              .filter(
                (diagnostic) =>
                  isError(diagnostic) ||
                  diagnostic.code === 'lowering-dropped' ||
                  diagnostic.code === 'lowering-clamped',
              )
              .map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`);
            expect({ output: lowered.ssml, complaints }).toEqual({
              output: lowered.ssml,
              complaints: [],
            });
          }),
          propertyParameters(150),
        );
        expect(checked).toBeGreaterThan(10);
      },
    );
  }
});

describe('regressions: disagreements the properties found (minimal repros)', () => {
  withValidate(
    'azure: validation accepts the <lexicon> lowering writes (it drops xml:id)',
    () => {
      const validate = validateSsml! as (
        document: ReturnType<typeof parseSsml>,
        options: { dialect: string },
      ) => Diagnostic[];
      const source =
        '<speak><lexicon uri="https://example.com/l.pls" xml:id="lex"/></speak>';
      const lowered = serializeFor(parseSsml(source), 'azure');
      const errors = validate(parseSsml(lowered.ssml), { dialect: 'azure' })
        .filter((diagnostic) => diagnostic.severity === 'error')
        .map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`);
      expect({ output: lowered.ssml, errors }).toEqual({
        output: lowered.ssml,
        errors: [],
      });
    },
  );

  withValidate('w3c: unwrapping a vendor element leaves no <metadata> after text', () => {
    const validate = validateSsml! as (
      document: ReturnType<typeof parseSsml>,
      options: { dialect: string },
    ) => Diagnostic[];
    const source = 'Hello <amazon:emotion><metadata/></amazon:emotion>';
    const lowered = serializeFor(parseSsml(source), 'w3c');
    const errors = validate(parseSsml(lowered.ssml), { dialect: 'w3c' })
      .filter((diagnostic) => diagnostic.severity === 'error')
      .map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`);
    expect({ output: lowered.ssml, errors }).toEqual({
      output: lowered.ssml,
      errors: [],
    });
  });
});
