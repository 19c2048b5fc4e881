import { cacheConformanceSuite } from '@ttskit/core/test-kit';
import { it } from 'vitest';
import { createFsCache } from '../src/index';
import { useTemporaryDirectories } from './temporary-directories';

const temporaryDirectory = useTemporaryDirectories();

cacheConformanceSuite(it, async () => createFsCache({ dir: await temporaryDirectory() }));

cacheConformanceSuite(
  it,
  async () =>
    createFsCache({
      dir: await temporaryDirectory(),
      maxBytes: 16 * 1024 * 1024,
      syncDirectory: true,
    }),
  { prefix: 'cache conformance (synced directory, 16 MiB budget)' },
);
