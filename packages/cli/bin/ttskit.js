#!/usr/bin/env node
// Thin launcher so the `ttskit` bin exists before the first build.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'ttskit: the CLI is not built yet. Run `npm run build` at the repository root.\n',
  );
  process.exit(1);
}
await import(entry.href);
