import { describe, expect, it } from 'vitest';
import type { SsmlDocument } from './ast';
import { parseSsml } from './parse-ssml';
import { vendorDocuments } from './shared-corpus.test-helper';
import {
  judgeSpokenText,
  type SpokenTextVerdict,
} from './spoken-text-explanation.test-helper';
import {
  availableDialects,
  type DialectName,
  dialectNames,
  dialectOutputProblems,
  serializeFor,
  spokenTextOf,
  voiceFamilies,
} from './ssml-dialects.test-helper';
import { toPlainText } from './to-plain-text';

/**
 * Every well-formed document of the shared vendor corpus, lowered to every
 * dialect: no throw, well-formed output (clean text for `text`), a source
 * map in range, and the words a listener hears equal to the manifest's
 * `textContent` (whitespace collapsed), unless a warning explains the
 * difference. Which warning excuses which difference is defined, and
 * checked by rebuilding the expected text, in
 * `spoken-text-explanation.test-helper.ts`: a `dropped` element's content
 * may be kept or removed, a dropped/converted/emulated element may gain
 * word boundaries at its edges, an emulated/converted `say-as` may be
 * spelled out letter by letter, a dropped `sub` (or its `alias`) may speak
 * its content; attribute warnings excuse nothing.
 *
 * Documents without `textContent` (audio or media fallback, MathML) are
 * counted as skipped and judged against `toPlainText` of the input instead.
 */

type Verdict = SpokenTextVerdict | 'threw';
type Outcome = {
  file: string;
  verdict: Verdict;
  skipped: boolean;
  problems: string[];
  detail?: { spoken: string; expected: string; warnings: string[] };
};

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const documents = vendorDocuments()
  .filter((entry) => entry.wellFormedXml)
  .map((entry) => ({ ...entry, document: parseSsml(entry.source) }));

function lowerDocument(
  entry: { file: string; textContent?: string; document: SsmlDocument },
  options: { dialect: DialectName; family?: string },
): Outcome {
  const { file, document, textContent } = entry;
  const skipped = textContent === undefined;
  let result: ReturnType<typeof serializeFor>;
  try {
    result = serializeFor(
      document,
      options.dialect,
      options.family === undefined ? {} : { family: options.family },
    );
  } catch (error) {
    return { file, verdict: 'threw', skipped, problems: [`threw ${String(error)}`] };
  }
  const problems = dialectOutputProblems({ dialect: options.dialect, document, result });
  let spoken: string;
  try {
    spoken = spokenTextOf(options.dialect, result);
  } catch (error) {
    return {
      file,
      verdict: 'threw',
      skipped,
      problems: [...problems, `reparse: ${error}`],
    };
  }
  const expected = textContent ?? toPlainText(document).text;
  const verdict: Verdict =
    collapse(spoken) === expected
      ? 'exact'
      : judgeSpokenText({ document, warnings: result.warnings, spoken, expected });
  const warnings = result.warnings.map(
    (warning) =>
      `${warning.action} ${warning.element}${warning.attribute === undefined ? '' : `@${warning.attribute}`}`,
  );
  return verdict === 'unexplained'
    ? { file, verdict, skipped, problems, detail: { spoken, expected, warnings } }
    : { file, verdict, skipped, problems };
}

function lowerCorpus(dialect: DialectName, family?: string): Outcome[] {
  return documents.map((entry) =>
    lowerDocument(entry, family === undefined ? { dialect } : { dialect, family }),
  );
}

function countsOf(outcomes: readonly Outcome[]) {
  const judged = outcomes.filter((outcome) => !outcome.skipped);
  const count = (verdict: Verdict) =>
    judged.filter((outcome) => outcome.verdict === verdict).length;
  return {
    exact: count('exact'),
    explained: count('explained'),
    skipped: outcomes.length - judged.length,
    failed: outcomes.filter(
      (outcome) => outcome.verdict === 'unexplained' || outcome.verdict === 'threw',
    ).length,
  };
}

const problemsByFile = (outcomes: readonly Outcome[]) =>
  Object.fromEntries(
    outcomes
      .filter((outcome) => outcome.problems.length > 0)
      .map((outcome) => [outcome.file, outcome.problems]),
  );
const unexplainedByFile = (outcomes: readonly Outcome[]) =>
  Object.fromEntries(
    outcomes
      .filter((outcome) => outcome.detail !== undefined)
      .map((outcome) => [outcome.file, outcome.detail]),
  );

describe(`the ${documents.length} well-formed vendor corpus documents in every dialect`, () => {
  it('still has the documents this suite was written against', () => {
    expect(documents).toHaveLength(309);
    for (const entry of documents)
      if (entry.textContent !== undefined)
        expect(collapse(toPlainText(entry.document).text)).toBe(entry.textContent);
  });

  for (const dialect of dialectNames) {
    if (!availableDialects.includes(dialect)) {
      it.todo(`${dialect}: serializeSsml does not know this dialect yet`);
      continue;
    }
    const outcomes = lowerCorpus(dialect);
    const counts = countsOf(outcomes);
    it(`${dialect}: every document lowers without throwing to well-formed output with a consistent map`, () => {
      expect(problemsByFile(outcomes)).toEqual({});
    });
    it(`${dialect}: spoken text is textContent — ${counts.exact} exact, ${counts.explained} explained by warnings, ${counts.skipped} skipped (no textContent), ${counts.failed} unexplained`, () => {
      expect(unexplainedByFile(outcomes)).toEqual({});
      expect(counts.failed).toBe(0);
    });
    for (const family of voiceFamilies[dialect]) {
      it(`${dialect} (${family} voices): well-formed, consistent, every difference explained`, () => {
        const familyOutcomes = lowerCorpus(dialect, family);
        expect(problemsByFile(familyOutcomes)).toEqual({});
        expect(unexplainedByFile(familyOutcomes)).toEqual({});
      });
    }
  }
});
