import type { EngineInput } from '@ttskit/core';
import { createEspeakEngine } from '@ttskit/engine-espeak';
import { ConfigError } from '../config/load-config';

/** One engine the service offers, under the id requests name it by. */
export type EngineEntry = {
  id: string;
  engine: EngineInput;
  /** Releases the engine's resources (worker threads). */
  dispose?: () => Promise<void>;
};

/**
 * Engines this example builds from configuration (`TTSKIT_ENGINES`). espeak
 * is embedded and needs nothing; add cloud engines here the same way
 * (`createGoogleEngine({ apiKey })`...) with their settings from the environment.
 */
const builtInEngines: Record<
  string,
  (settings: { espeakWorkers: number }) => EngineEntry
> = {
  espeak: (settings) => {
    const provider = createEspeakEngine({
      workers: settings.espeakWorkers,
      // a service keeps its workers: one restarted after idling makes its next
      // request ~4x slower (576 ms against 111–150 ms measured for a sentence)
      idleTimeoutMs: Number.POSITIVE_INFINITY,
    });
    return { id: 'espeak', engine: provider, dispose: () => provider.dispose() };
  },
};

/**
 * The engines to serve: `overrides` when given (tests pass a MockEngine;
 * an application may pass any engine or provider), else the configured ids.
 * The first is the default engine.
 */
export function createEngineRegistry(options: {
  ids: readonly string[];
  espeakWorkers: number;
  overrides?: Record<string, EngineInput>;
}): EngineEntry[] {
  if (options.overrides) {
    const entries = Object.entries(options.overrides).map(([id, engine]) => ({
      id,
      engine,
    }));
    if (entries.length === 0)
      throw new ConfigError('engines: at least one engine is needed');
    return entries;
  }
  return options.ids.map((id) => {
    const build = builtInEngines[id];
    if (!build) {
      throw new ConfigError(
        `TTSKIT_ENGINES: unknown engine "${id}" (this example ships ${Object.keys(builtInEngines).join(', ')}; add others in src/synthesis/engine-registry.ts)`,
      );
    }
    return build({ espeakWorkers: options.espeakWorkers });
  });
}
