import { defineConfig } from 'tsup';
import { createTsupConfig } from '../../tsup.base';

export default defineConfig(
  createTsupConfig({
    directory: import.meta.dirname,
    entry: { index: 'src/index.ts' },
  }),
);
