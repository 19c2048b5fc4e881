import type { FastifyBaseLogger } from 'fastify';
import { errorCodeOf } from '../metrics/synthesis-metrics';
import type { SpeechService } from './speech-service';

/**
 * Logs what an operator wants to see of the synthesizers, with the request
 * id the events carry (the HTTP request id, or `job_<id>`): engine retries
 * and fallbacks, and cache tiers whose circuit opens or closes.
 */
export function logSynthesisEvents(options: {
  speech: SpeechService;
  log: FastifyBaseLogger;
}): () => void {
  const { speech, log } = options;
  return speech.onEvent((event) => {
    switch (event.type) {
      case 'retry':
        log.info(
          {
            reqId: event.requestId,
            engine: event.engine,
            attempt: event.attempt,
            delayMs: Math.round(event.delayMs),
            code: errorCodeOf(event.error),
          },
          'engine call failed: retrying',
        );
        break;
      case 'fallback':
        log.warn(
          {
            reqId: event.requestId,
            from: event.from.engine,
            to: event.to.engine,
            code: errorCodeOf(event.error),
          },
          'engine failed: falling back',
        );
        break;
      case 'cache-circuit':
        log.warn({ tier: event.store, state: event.state }, 'cache tier circuit');
        break;
      default:
    }
  });
}
