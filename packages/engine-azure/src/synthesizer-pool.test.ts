import { describe, expect, it, vi } from 'vitest';
import { chooseOutputFormat } from './output-formats';
import type { PooledSynthesizer } from './pooled-synthesizer';
import { SynthesizerPool } from './synthesizer-pool';

function fakeSynthesizer() {
  const synthesizer = {
    isClosed: false,
    close: vi.fn(() => {
      synthesizer.isClosed = true;
    }),
    holdProcess: vi.fn(async () => undefined),
  };
  return synthesizer;
}

function poolWith(idleTimeoutMs = 60_000) {
  const created: Array<ReturnType<typeof fakeSynthesizer>> = [];
  const pool = new SynthesizerPool({
    idleTimeoutMs,
    create: async () => {
      const synthesizer = fakeSynthesizer();
      created.push(synthesizer);
      return synthesizer as unknown as PooledSynthesizer;
    },
  });
  return { pool, created };
}

const pcm24 = chooseOutputFormat({
  format: 'pcm',
  sampleRate: 24_000,
  streaming: false,
}).outputFormat;
const mp3 = chooseOutputFormat({
  format: 'mp3',
  sampleRate: 24_000,
  streaming: false,
}).outputFormat;

describe('SynthesizerPool', () => {
  it('hands a synthesizer to one call at a time and reuses it after a success', async () => {
    const { pool, created } = poolWith();
    const first = await pool.acquire(pcm24);
    const second = await pool.acquire(pcm24);
    expect(second).not.toBe(first);
    pool.release(first, { outputFormat: pcm24, reusable: true });
    expect(await pool.acquire(pcm24)).toBe(first);
    expect(await pool.acquire(mp3)).not.toBe(first);
    expect(created).toHaveLength(3);
  });

  it('closes a synthesizer whose call failed', async () => {
    const { pool, created } = poolWith();
    const synthesizer = await pool.acquire(pcm24);
    pool.release(synthesizer, { outputFormat: pcm24, reusable: false });
    expect(created[0]?.close).toHaveBeenCalled();
    expect(await pool.acquire(pcm24)).not.toBe(synthesizer);
  });

  it('closes idle synthesizers after idleTimeoutMs, and busy ones after dispose when they return', async () => {
    vi.useFakeTimers();
    try {
      const { pool, created } = poolWith(1_000);
      const idle = await pool.acquire(pcm24);
      const busy = await pool.acquire(pcm24);
      pool.release(idle, { outputFormat: pcm24, reusable: true });
      expect(pool.size).toEqual({ idle: 1, leased: 1 });
      vi.advanceTimersByTime(1_000);
      expect(created[0]?.close).toHaveBeenCalled();
      pool.dispose();
      pool.release(busy, { outputFormat: pcm24, reusable: true });
      expect(created[1]?.close).toHaveBeenCalled();
      expect(pool.size).toEqual({ idle: 0, leased: 0 });
    } finally {
      vi.useRealTimers();
    }
  });
});
