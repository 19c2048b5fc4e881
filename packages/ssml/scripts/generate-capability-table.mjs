// Writes the capability tables into README.md between the markers, from the
// built package (`npm run build -w @ttskit/ssml` first). `--check` only
// reports whether the README is up to date (exit code 1 when it is not).
// src/capabilities/capability-table.test.ts runs the same check from source.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderCapabilityTables } from '../dist/index.js';

const start = '<!-- capability-table:start -->';
const end = '<!-- capability-table:end -->';
const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');
const from = readme.indexOf(start);
const to = readme.indexOf(end);
if (from === -1 || to < from) {
  console.error(`README.md has no ${start} … ${end} section`);
  process.exit(1);
}
const updated = `${readme.slice(0, from + start.length)}\n${renderCapabilityTables()}\n${readme.slice(to)}`;
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error(
      'README.md capability tables are out of date; run this script without --check',
    );
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync(readmeUrl, updated);
  console.log('README.md capability tables updated');
} else {
  console.log('README.md capability tables are up to date');
}
