import { engineConformanceSuite } from '@ttskit/core/test-kit';
import { afterAll, it } from 'vitest';
import { createEspeakEngine } from '../src/index';

const espeak = createEspeakEngine({ workers: 2 });
afterAll(() => espeak.dispose());

engineConformanceSuite(it, { createEngine: () => espeak('en-us') });
