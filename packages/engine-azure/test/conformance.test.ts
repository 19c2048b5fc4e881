import { engineConformanceSuite } from '@ttskit/core/test-kit';
import { it } from 'vitest';
import { useFakeService, VOICE } from './helpers';

// frames 1 ms apart, so a long text takes long enough to abort mid-synthesis
const fake = useFakeService({ frameDelayMs: 1 });

engineConformanceSuite(it, { createEngine: async () => (await fake.provider())(VOICE) });
