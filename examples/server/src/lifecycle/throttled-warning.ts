import type { FastifyBaseLogger } from 'fastify';

/**
 * A listener for a client's `error` events that logs a warning at most
 * once per `intervalMs` (one a minute by default): a Redis that stays away
 * makes its clients emit an error per reconnection attempt.
 */
export function throttledWarning(options: {
  log: FastifyBaseLogger;
  message: string;
  intervalMs?: number;
}): (error: Error) => void {
  const intervalMs = options.intervalMs ?? 60_000;
  let lastLoggedAt = Number.NEGATIVE_INFINITY;
  return (error) => {
    if (Date.now() - lastLoggedAt < intervalMs) return;
    lastLoggedAt = Date.now();
    options.log.warn({ err: error }, options.message);
  };
}
