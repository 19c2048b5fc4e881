import { describe, expect, it } from 'vitest';
import { canonicalizeSsml } from './canonicalize-ssml';
import { normalizeSsml } from './normalize-ssml';
import { parseSsml } from './parse-ssml';
import { serializeSsml } from './serialize-ssml';
import { vendorDocuments } from './shared-corpus.test-helper';
import { sourceMapProblems } from './source-map.test-helper';
import { toPlainText } from './to-plain-text';

const documents = vendorDocuments().filter((entry) => entry.wellFormedXml);

describe('normalizeSsml on the shared corpus', () => {
  it('covers the corpus', () => {
    expect(documents.length).toBeGreaterThan(250);
  });

  it.each(documents.map((entry) => [entry.file, entry.source]))(
    '%s: keeps plain text and source maps, and is idempotent',
    (_file, source) => {
      const document = parseSsml(source);
      const { document: result, changes } = normalizeSsml(document, {
        recordChanges: true,
      });
      const plain = toPlainText(result);
      const original = toPlainText(document);
      expect(plain.text).toBe(original.text);
      expect(plain.sourceMap.segments).toEqual(original.sourceMap.segments);
      const { ssml, sourceMap } = serializeSsml(result, { dialect: 'w3c' });
      expect(sourceMapProblems({ output: ssml, source, sourceMap })).toEqual([]);
      // The cache-key string is SSML that normalizes and canonicalizes back to itself.
      const key = canonicalizeSsml(result);
      expect(canonicalizeSsml(normalizeSsml(parseSsml(key)).document)).toBe(key);
      const again = normalizeSsml(result, { recordChanges: true });
      expect(again.document.root).toBe(result.root);
      expect(again.changes).toEqual([]);
      expect(changes?.length === 0).toBe(result.root === document.root);
    },
  );
});
