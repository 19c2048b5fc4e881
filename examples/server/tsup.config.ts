import { defineConfig } from 'tsup';
import { createTsupConfig } from '../../tsup.base';

export default defineConfig({
  ...createTsupConfig({
    directory: import.meta.dirname,
    entry: { index: 'src/index.ts', main: 'src/main.ts', worker: 'src/worker.ts' },
  }),
  // an application, not a library: no declarations to publish
  dts: false,
});
