import {
  createSynthesizer,
  type EngineInput,
  type SynthesisEvent,
  type Synthesizer,
  type SynthesizerStats,
  type VoiceV1,
} from '@ttskit/core';
import type { ServerConfig } from '../config/server-config';
import { invalidRequest } from '../http/http-error';
import type { CacheStores } from '../storage/cache-stores';
import { createEngineRegistry, type EngineEntry } from './engine-registry';

export type EngineSynthesizer = { id: string; synthesizer: Synthesizer };

/**
 * One synthesizer per engine, all sharing the cache tiers: what the HTTP
 * routes, the WebSocket and the job function synthesize with. It does not
 * depend on Fastify, so a queue worker process builds the same service.
 */
export function createSpeechService(options: {
  config: ServerConfig;
  stores: CacheStores;
  engines?: Record<string, EngineInput>;
}) {
  const { config, stores } = options;
  const entries: EngineEntry[] = createEngineRegistry({
    ids: config.synthesis.engines,
    espeakWorkers: config.synthesis.espeakWorkers,
    ...(options.engines ? { overrides: options.engines } : {}),
  });
  const synthesizers = new Map<string, Synthesizer>(
    entries.map((entry) => [
      entry.id,
      createSynthesizer({
        engine: entry.engine,
        cache: stores.tiers,
        memoryCache:
          config.storage.memoryCacheBytes > 0
            ? { maxBytes: config.storage.memoryCacheBytes }
            : false,
        concurrency: config.synthesis.concurrency,
        streamingChunkMax: config.synthesis.streamingChunkMax,
        ...(config.synthesis.chunkMax > 0 ? { chunkMax: config.synthesis.chunkMax } : {}),
        limits: {
          maxInputLength: Math.max(
            config.limits.maxInputChars,
            config.limits.maxJobInputChars,
          ),
          maxDepth: config.limits.maxSsmlDepth,
          maxNodes: config.limits.maxSsmlNodes,
        },
        ...(config.storage.cacheTtlMs ? { cacheTtlMs: config.storage.cacheTtlMs } : {}),
      }),
    ]),
  );
  const defaultEngine = entries[0]?.id as string;
  const voiceLists = new Map<string, Promise<VoiceV1[]>>();

  function synthesizerFor(engineId: string | undefined): EngineSynthesizer {
    const id = engineId ?? defaultEngine;
    const synthesizer = synthesizers.get(id);
    if (!synthesizer) {
      throw invalidRequest({
        param: 'engine',
        message: `unknown engine "${id}"; available: ${[...synthesizers.keys()].join(', ')}`,
      });
    }
    return { id, synthesizer };
  }

  return {
    defaultEngine,
    engineIds: [...synthesizers.keys()],
    /** Each engine's voice when a request names none. */
    defaultVoices: Object.fromEntries(
      entries.map((entry) => [
        entry.id,
        typeof entry.engine === 'function'
          ? entry.engine.defaultVoice
          : entry.engine.voice,
      ]),
    ) as Record<string, string>,
    /** Cache tier names, fastest first, as cache events name them. */
    cacheTierNames: [
      ...(config.storage.memoryCacheBytes > 0 ? ['memory'] : []),
      ...stores.tiers.map((tier) => tier.name),
    ],
    synthesizerFor,
    voices(engineId: string): Promise<VoiceV1[]> {
      const { id, synthesizer } = synthesizerFor(engineId);
      let list = voiceLists.get(id);
      if (!list) {
        list = synthesizer.voices();
        list.catch(() => voiceLists.delete(id));
        voiceLists.set(id, list);
      }
      return list;
    },
    /** Every event of every engine's synthesizer. Returns the unsubscribe function. */
    onEvent(listener: (event: SynthesisEvent, engineId: string) => void): () => void {
      const stops = [...synthesizers].map(([engineId, synthesizer]) =>
        // no copy of each event: it runs several times per request
        synthesizer.on('*', (event: SynthesisEvent) => listener(event, engineId)),
      );
      return () => {
        for (const stop of stops) stop();
      };
    },
    stats(): Array<{ engine: string } & SynthesizerStats> {
      return [...synthesizers].map(([engine, synthesizer]) => ({
        engine,
        ...synthesizer.stats(),
      }));
    },
    /** Waits for running syntheses, then releases caches and engine workers. */
    async dispose(): Promise<void> {
      await Promise.allSettled([...synthesizers.values()].map((item) => item.dispose()));
      await Promise.allSettled(entries.map((entry) => entry.dispose?.()));
    },
  };
}

export type SpeechService = ReturnType<typeof createSpeechService>;
