// Locates the shared corpus beside the checkout (../shared/corpus).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const here = new URL('.', import.meta.url).pathname;

export function corpusDirectory() {
  const candidates = [
    resolve(here, '../../shared/corpus'),
    resolve(here, '../shared/corpus'),
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found)
    throw new Error(`shared corpus not found; looked in ${candidates.join(', ')}`);
  return found;
}

/** Well-formed vendor SSML documents listed in the manifest. */
export function vendorDocuments() {
  const directory = join(corpusDirectory(), 'ssml');
  const manifest = JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8'));
  return manifest
    .filter((entry) => entry.wellFormedXml)
    .map((entry) => ({
      file: entry.file,
      source: readFileSync(join(directory, 'vendor', entry.file), 'utf8'),
    }));
}

/** The first `count` words of The Time Machine (cleaned, one paragraph per line). */
export function bookWords(count) {
  const text = readFileSync(
    join(corpusDirectory(), 'books', 'the-time-machine.paragraphs.txt'),
    'utf8',
  );
  const words = text.split(/\s+/).filter(Boolean);
  return words.slice(0, count).join(' ');
}
