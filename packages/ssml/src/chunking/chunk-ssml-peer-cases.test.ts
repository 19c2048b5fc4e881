import { describe, expect, it } from 'vitest';
import type { SsmlDocument } from '../ast';
import { parseSsml } from '../parse-ssml';
import { corpusText } from '../shared-corpus.test-helper';
import { textToSsmlDocument } from '../text-to-ssml-document';
import type { ChunkLimit } from './chunk-limits';
import { chunkSsml } from './chunk-ssml';
import {
  chunkErrorProblem,
  chunkProblems,
  type Vendor,
  vendors,
} from './chunk-verification.test-helper';

/** One test of ssml-split 0.5.0's own suite (`corpus/split/ssml-split/cases.json`). */
type PeerCase = {
  test: string;
  options: { hardLimit?: number; synthesizer?: 'aws' | 'google' } | null;
  input?: string;
  inputFile?: string;
  expectedChunks?: string[];
  expectedError?: string;
};

const { cases } = JSON.parse(corpusText('split/ssml-split/cases.json')) as {
  cases: PeerCase[];
};

function sourceOf(peerCase: PeerCase): string {
  return peerCase.inputFile === undefined
    ? (peerCase.input ?? '')
    : corpusText(`split/ssml-split/${peerCase.inputFile}`);
}

function documentOf(peerCase: PeerCase): SsmlDocument {
  const source = sourceOf(peerCase);
  return peerCase.inputFile?.endsWith('.txt')
    ? textToSsmlDocument(source)
    : parseSsml(source);
}

/**
 * ssml-split's `hardLimit` as the vendor counts it: `aws` (its default)
 * counts text without tags, which is Polly's billed characters; `google`
 * counts the whole SSML string, which Google counts in UTF-8 bytes.
 */
function equivalentLimit(peerCase: PeerCase): { vendor: Vendor; limit: ChunkLimit } {
  const max = peerCase.options?.hardLimit ?? 3000;
  return peerCase.options?.synthesizer === 'google'
    ? { vendor: 'google', limit: { unit: 'utf8-bytes', max } }
    : { vendor: 'polly', limit: { unit: 'billed-chars', max } };
}

const tooLong = cases.filter((peerCase) => /too long/.test(peerCase.expectedError ?? ''));
const splittable = cases.filter(
  (peerCase) => peerCase.expectedChunks !== undefined && sourceOf(peerCase) !== '',
);

describe('chunkSsml on the test cases of ssml-split 0.5.0', () => {
  it('has the cases where ssml-split throws because a nested element is above the limit', () => {
    expect(tooLong.length).toBeGreaterThanOrEqual(2);
  });

  it.each(tooLong.map((peerCase) => [peerCase.test, peerCase] as const))(
    'splits where ssml-split throws: %s',
    (_, peerCase) => {
      const document = documentOf(peerCase);
      const { vendor, limit } = equivalentLimit(peerCase);
      const chunks = chunkSsml(document, { ...vendors[vendor].options, limit });
      expect(chunks.length).toBeGreaterThan(1);
      expect(chunkProblems({ document, chunks, vendor, limits: [limit] })).toEqual([]);
      // the `s` that ssml-split could not take is closed and reopened in every chunk
      for (const chunk of chunks)
        expect(chunk.serialized.ssml).toMatch(/^<speak[^>]*><s>/);
    },
  );

  it.each(splittable.map((peerCase) => [peerCase.test, peerCase] as const))(
    'chunks within the equivalent limit, or names the unit above it: %s',
    (_, peerCase) => {
      const document = documentOf(peerCase);
      const { vendor, limit } = equivalentLimit(peerCase);
      let problems: string[];
      try {
        const chunks = chunkSsml(document, { ...vendors[vendor].options, limit });
        problems = chunkProblems({ document, chunks, vendor, limits: [limit] });
      } catch (error) {
        problems = [chunkErrorProblem(error, sourceOf(peerCase)) ?? 'typed error'];
        // only units that may not be cut: a word longer than a tiny test limit
        expect(limit.max).toBeLessThan(50);
      }
      expect(problems.filter((problem) => problem !== 'typed error')).toEqual([]);
    },
  );
});
