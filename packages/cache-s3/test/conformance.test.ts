import { cacheConformanceSuite } from '@ttskit/core/test-kit';
import { afterAll, beforeAll, it } from 'vitest';
import { createS3Cache } from '../src/index';
import { type LocalS3, startLocalS3 } from './local-s3';

let s3: LocalS3;
let stores = 0;
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(() => s3.stop());

cacheConformanceSuite(it, () =>
  createS3Cache({
    bucket: s3.bucket,
    prefix: `conformance-${++stores}/`,
    clientConfig: s3.clientConfig,
  }),
);
