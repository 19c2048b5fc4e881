import type { FastifyInstance } from 'fastify';

/**
 * On SIGTERM or SIGINT: stop accepting connections, let in-flight requests
 * and jobs finish (readiness turns 503 so load balancers move on), release
 * everything, exit 0. Past `timeoutMs`, or on a second signal, exit 1 at once.
 */
export function installGracefulShutdown(options: {
  app: FastifyInstance;
  timeoutMs: number;
  exit?: (code: number) => void;
}): void {
  const { app, timeoutMs } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let shuttingDown = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      app.log.warn({ signal }, 'second signal: exiting now');
      return exit(1);
    }
    shuttingDown = true;
    app.log.info({ signal, timeoutMs }, 'shutting down: draining in-flight work');
    const timer = setTimeout(() => {
      app.log.error({ timeoutMs }, 'drain timed out: exiting');
      exit(1);
    }, timeoutMs);
    timer.unref();
    app.close().then(
      () => {
        clearTimeout(timer);
        app.log.info('drained: bye');
        exit(0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
