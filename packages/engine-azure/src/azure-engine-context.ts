import type { AzureOutputFormat } from './output-formats';
import type { PooledSynthesizer } from './pooled-synthesizer';
import type { SynthesizerPool } from './synthesizer-pool';

/** What the engines of one provider share. */
export type AzureEngineContext = {
  pool: SynthesizerPool;
  timeoutMs: number;
  /** Leases a synthesizer (loading the SDK and the credentials on first use). */
  acquire(outputFormat: AzureOutputFormat): Promise<PooledSynthesizer>;
};
