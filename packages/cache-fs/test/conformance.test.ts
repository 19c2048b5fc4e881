import { cacheConformanceSuite } from '@ttskit/core/test-kit';
import { it } from 'vitest';
import { createFsCache } from '../src/index';
import { useTemporaryDirectories } from './temporary-directories';

const temporaryDirectory = useTemporaryDirectories();

// fsync on a loaded CI machine can take longer than the suite's default 50 ms expiry window
const expiryGranularityMs = 1_000;

cacheConformanceSuite(
  it,
  async () => createFsCache({ dir: await temporaryDirectory() }),
  {
    expiryGranularityMs,
  },
);

cacheConformanceSuite(
  it,
  async () =>
    createFsCache({
      dir: await temporaryDirectory(),
      maxBytes: 16 * 1024 * 1024,
      syncDirectory: true,
    }),
  { prefix: 'cache conformance (synced directory, 16 MiB budget)', expiryGranularityMs },
);
