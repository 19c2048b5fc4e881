import { setTimeout as sleep } from 'node:timers/promises';
import KeyvRedis from '@keyv/redis';
import { createSynthesizer, type SynthesisEvent, type Synthesizer } from '@ttskit/core';
import { MockEngine } from '@ttskit/core/test-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { createKeyvCache } from '../src/index';
import { startRedisServer } from './redis-server';
import { hasCommand, type ServerProcess } from './server-process';
import { createRedisStore, uniqueNamespace } from './stores';

let server: ServerProcess | undefined;
let tts: Synthesizer | undefined;
afterEach(async () => {
  await tts?.dispose();
  await server?.stop();
});

async function timedSynthesis(text: string) {
  const startedAt = performance.now();
  const result = await (tts as Synthesizer).synthesize({ text });
  return { result, elapsedMs: performance.now() - startedAt };
}

/** Synthesizes `text` until it is served from Redis, or gives up after 15 s. */
async function waitForHit(text: string): Promise<boolean> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if ((await timedSynthesis(text)).result.cached) return true;
    await sleep(100);
  }
  return false;
}

function circuitStates(events: SynthesisEvent[]): string[] {
  return events.flatMap((event) => (event.type === 'cache-circuit' ? [event.state] : []));
}

const variants = [
  {
    // Calls fail at once while Redis is away.
    label: 'fail-fast client (README settings)',
    createStore: (port: number) => createRedisStore(port),
    cacheTimeoutMs: 1_000,
  },
  {
    // Calls queue while Redis is away; the synthesizer's cache timeout bounds them.
    label: 'default @keyv/redis client (offline queue)',
    createStore: (port: number) => new KeyvRedis(`redis://127.0.0.1:${port}`),
    cacheTimeoutMs: 300,
  },
];

describe.skipIf(!hasCommand('redis-server'))(
  'Redis stopped and restarted mid-run',
  () => {
    for (const { label, createStore, cacheTimeoutMs } of variants) {
      it(label, async () => {
        server = await startRedisServer();
        const port = server.port;
        const events: SynthesisEvent[] = [];
        const engine = new MockEngine();
        const cache = createKeyvCache({
          keyv: createStore(port),
          namespace: uniqueNamespace(),
        });
        tts = createSynthesizer({
          engine,
          cache,
          memoryCache: false,
          cacheTimeoutMs,
          cacheCircuitBreaker: { failureThreshold: 3, cooldownMs: 300 },
          onEvent: (event) => events.push(event),
        });
        expect((await timedSynthesis('one two')).result.cached).toBe(false);
        expect((await timedSynthesis('one two')).result.cached).toBe(true);

        await server.stop();
        const callsBefore = engine.calls.length;
        const texts = ['one two', 'three', 'four five', 'one two', 'six'];
        const outage = [];
        for (const text of texts) outage.push(await timedSynthesis(text));
        for (const { result, elapsedMs } of outage) {
          expect(result.cached).toBe(false);
          expect(result.audio.byteLength).toBeGreaterThan(0);
          // At worst both cache calls wait for the timeout; never longer (plus slack).
          expect(elapsedMs).toBeLessThan(2 * cacheTimeoutMs + 1_500);
        }
        expect(engine.calls.length - callsBefore).toBe(texts.length);
        // The first failures are reported; then core's circuit breaker skips Redis.
        expect(outage[0]?.result.warnings.map((warning) => warning.type)).toContain(
          'cache-error',
        );
        const failures = events.filter((event) => event.type === 'cache-error');
        expect(failures.length).toBeGreaterThanOrEqual(3);
        expect(failures.every((event) => event.store === 'redis')).toBe(true);
        expect(circuitStates(events)).toEqual(['open']);

        server = await startRedisServer(port);
        expect(await waitForHit('seven eight')).toBe(true);
        const { result } = await timedSynthesis('seven eight');
        expect(result.cached).toBe(true);
        expect(result.warnings).toEqual([]);
        expect(circuitStates(events).at(-1)).toBe('closed');
      }, 60_000);
    }
  },
);
