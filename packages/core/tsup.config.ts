import { defineConfig } from 'tsup';
import { createTsupConfig } from '../../tsup.base';

export default defineConfig(
  createTsupConfig({
    directory: import.meta.dirname,
    entry: {
      index: 'src/index.ts',
      spec: 'src/spec/index.ts',
      'test-kit': 'src/test-kit/index.ts',
    },
  }),
);
