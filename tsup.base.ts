import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from 'tsup';

/**
 * One tsup configuration shared by every package: ESM only, declarations,
 * source maps, and `__PACKAGE_VERSION__` replaced by the package's version.
 */
export function createTsupConfig(options: {
  directory: string;
  entry: Record<string, string>;
  external?: string[];
}): Options {
  const manifest = JSON.parse(
    readFileSync(join(options.directory, 'package.json'), 'utf8'),
  ) as { version: string };
  return {
    entry: options.entry,
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    external: options.external ?? [],
    define: { __PACKAGE_VERSION__: JSON.stringify(manifest.version) },
    // keep `node:stream`: a bare `stream` can resolve to a package's own file under vitest
    removeNodeProtocol: false,
  };
}
