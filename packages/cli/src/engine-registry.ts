import type { EngineProviderV1, JsonValue } from '@ttskit/core';
import { CliError } from './cli-error';

/** An engine the CLI can load by name, lazily. */
export type RegisteredEngine = {
  name: string;
  description: string;
  load: () => Promise<EngineProviderV1 & { dispose?: () => Promise<void> }>;
  /** Engine options for a speed multiplier (1 = normal). */
  rateOptions: (multiplier: number) => Record<string, JsonValue>;
};

const engines: RegisteredEngine[] = [
  {
    name: 'espeak',
    description: 'eSpeak NG, embedded (WASM), no downloads. The default.',
    load: async () => {
      const { createEspeakEngine } = await import('@ttskit/engine-espeak');
      return createEspeakEngine({ warmUp: false });
    },
    rateOptions: (multiplier) => ({ rate: Math.round(175 * multiplier) }),
  },
];

export const defaultEngineName = 'espeak';

export function findEngine(name: string): RegisteredEngine | undefined {
  return engines.find((engine) => engine.name === name.toLowerCase());
}

export function engineNames(): string[] {
  return engines.map((engine) => engine.name);
}

/** The engine named by `--engine` (default espeak), or a usage error listing the choices. */
export function requireEngine(name: string | undefined): RegisteredEngine {
  const engineName = name ?? defaultEngineName;
  const registered = findEngine(engineName);
  if (!registered) {
    throw new CliError(
      `unknown --engine "${engineName}": available engines are ${engineNames().join(', ')}`,
      2,
    );
  }
  return registered;
}
