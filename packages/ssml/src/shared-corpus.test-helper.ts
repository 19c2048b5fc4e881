import { readFileSync } from 'node:fs';

/** The shared corpus, a sibling of the repository (`/work/shared/corpus` beside `/work/main`). */
export const corpusDirectory = new URL('../../../../shared/corpus/', import.meta.url);

export type VendorDocumentEntry = {
  file: string;
  vendor: string;
  wellFormedXml: boolean;
  textContent?: string;
  xmlError?: string;
};

export type VendorDocument = VendorDocumentEntry & { source: string };

/** Every document of `ssml/manifest.json`, with its source. */
export function vendorDocuments(): VendorDocument[] {
  const manifest = JSON.parse(
    readFileSync(new URL('ssml/manifest.json', corpusDirectory), 'utf8'),
  ) as VendorDocumentEntry[];
  return manifest.map((entry) => ({
    ...entry,
    source: readFileSync(new URL(`ssml/vendor/${entry.file}`, corpusDirectory), 'utf8'),
  }));
}

/** A text file of the corpus, by path relative to the corpus directory. */
export function corpusText(path: string): string {
  return readFileSync(new URL(path, corpusDirectory), 'utf8');
}
