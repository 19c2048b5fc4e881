// Sums the vitest JSON reports every workspace wrote and prints one line:
// "N passed, N failed" (plus skipped), which CI reads.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const group of ['packages', 'examples']) {
  const directory = join(root, group);
  if (!existsSync(directory)) continue;
  for (const name of readdirSync(directory)) {
    const manifestPath = join(directory, name, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (!manifest.scripts?.test) continue;
    const reportPath = join(directory, name, '.vitest-results.json');
    if (!existsSync(reportPath)) {
      missing.push(`${group}/${name}`);
      continue;
    }
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    // A test file that failed to load has no assertions but still failed.
    for (const file of report.testResults ?? []) {
      if (file.status === 'failed' && (file.assertionResults ?? []).length === 0)
        failed++;
    }
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
}
for (const name of missing)
  console.error(`no test report from ${name} (did its tests run?)`);
failed += missing.length;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
