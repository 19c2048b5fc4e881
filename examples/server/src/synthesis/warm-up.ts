import type { FastifyBaseLogger } from 'fastify';
import type { SpeechService } from './speech-service';

/**
 * Synthesizes `parallel` different short sentences per engine at once, so
 * every engine worker (espeak runs one per thread) has started and compiled
 * its WebAssembly before the first real request: that costs seconds cold.
 * Failures are logged, not fatal: the engine may recover.
 */
export async function warmUpEngines(options: {
  speech: SpeechService;
  parallel: number;
  log: FastifyBaseLogger;
}): Promise<void> {
  const { speech, log } = options;
  await Promise.all(
    speech.engineIds.map(async (engine) => {
      const startedAt = performance.now();
      const { synthesizer } = speech.synthesizerFor(engine);
      try {
        await Promise.all(
          Array.from({ length: Math.max(1, options.parallel) }, (_, index) =>
            synthesizer.synthesize({ text: `Ready ${index + 1}.` }),
          ),
        );
        const ms = Math.round(performance.now() - startedAt);
        log.info({ engine, ms }, 'engine warm');
      } catch (error) {
        log.warn({ engine, err: error }, 'engine warm-up failed');
      }
    }),
  );
}
