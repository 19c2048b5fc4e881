import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCapabilityTables } from './capability-table';

const start = '<!-- capability-table:start -->';
const end = '<!-- capability-table:end -->';

describe('renderCapabilityTables', () => {
  it('is what the package README shows (run scripts/generate-capability-table.mjs after a build)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const from = readme.indexOf(start);
    const to = readme.indexOf(end);
    expect(from).toBeGreaterThan(-1);
    expect(to).toBeGreaterThan(from);
    expect(readme.slice(from + start.length, to)).toBe(`\n${renderCapabilityTables()}\n`);
  });

  it('has a column per distinct voice family and a row per element and detailed attribute', () => {
    const tables = renderCapabilityTables().replace(/ {2,}/g, ' ');
    expect(tables).toContain('| | standard | neural | long-form | generative |');
    expect(tables).toContain('| | neural | DragonHD | DragonHD Omni |');
    expect(tables).toContain(
      '| | Standard, WaveNet, Neural2, News, Casual, Polyglot | Studio |',
    );
    expect(tables).toContain('- Journey, Chirp HD, Chirp 3: HD: no SSML;');
    expect(tables).toContain(
      '| `prosody` `rate` | pass labels, `N%`; convert → `N%`; clamp 20%–200% | pass labels',
    );
    expect(tables).toContain('| `mark` | convert → `bookmark` | drop | drop |');
  });
});
