import { AbortError, EngineCallError } from '@ttskit/core';
import type { SpeechService } from '../synthesis/speech-service';
import type { ServerMetrics } from './server-metrics';

/** A short, low-cardinality label for an error: `http_503`, `ECONNREFUSED`, `AbortError`. */
export function errorCodeOf(error: unknown): string {
  if (AbortError.isInstance(error)) return 'aborted';
  if (EngineCallError.isInstance(error)) {
    if (error.statusCode !== undefined) return `http_${error.statusCode}`;
    const causeCode = (error.cause as { code?: unknown } | undefined)?.code;
    if (typeof causeCode === 'string' && /^[A-Z_]{2,32}$/.test(causeCode))
      return causeCode;
  }
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.length <= 40 ? name : 'unknown';
}

/**
 * Turns the synthesizers' events into metrics. A hit in a tier means every
 * faster tier missed; a miss means every tier missed, so each tier's own
 * hit ratio can be read from `ttskit_cache_lookups_total`.
 */
export function observeSynthesisEvents(options: {
  metrics: ServerMetrics;
  speech: SpeechService;
}): () => void {
  const { metrics, speech } = options;
  const tiers = speech.cacheTierNames;
  return speech.onEvent((event, engineId) => {
    switch (event.type) {
      case 'request-end':
        metrics.synthesisDuration.observe(
          { engine: event.engine, cached: String(event.cached) },
          event.durationMs / 1000,
        );
        break;
      case 'request-error':
        metrics.synthesisErrors.inc({
          engine: engineId,
          code: errorCodeOf(event.error),
        });
        break;
      case 'cache-hit':
        countHit({ counter: metrics.cacheLookups, tiers, store: event.store });
        break;
      case 'cache-miss':
        for (const tier of tiers) metrics.cacheLookups.inc({ tier, result: 'miss' });
        break;
      case 'chunk-cache-hit':
        countHit({ counter: metrics.chunkCacheLookups, tiers, store: event.store });
        break;
      case 'chunk-cache-miss':
        for (const tier of tiers) metrics.chunkCacheLookups.inc({ tier, result: 'miss' });
        break;
      case 'cache-error':
        metrics.cacheErrors.inc({ tier: event.store, operation: event.operation });
        break;
      case 'cache-circuit':
        metrics.cacheCircuitOpen.set(
          { tier: event.store },
          event.state === 'open' ? 1 : 0,
        );
        break;
      case 'engine-call-end':
        metrics.engineCallDuration.observe(
          { engine: event.engine, outcome: event.error === undefined ? 'ok' : 'error' },
          event.durationMs / 1000,
        );
        if (event.error !== undefined) {
          metrics.engineErrors.inc({
            engine: event.engine,
            code: errorCodeOf(event.error),
          });
        }
        break;
      default:
        break;
    }
  });
}

/** A hit in a tier: a miss in every faster one. */
function countHit(options: {
  counter: ServerMetrics['cacheLookups'];
  tiers: readonly string[];
  store: string;
}): void {
  const { counter, tiers, store } = options;
  for (const tier of tiers.slice(0, Math.max(0, tiers.indexOf(store)))) {
    counter.inc({ tier, result: 'miss' });
  }
  counter.inc({ tier: store, result: 'hit' });
}
