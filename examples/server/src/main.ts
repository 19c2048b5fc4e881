import { ConfigError, loadConfig } from './config/load-config';
import { createServer } from './create-server';
import { installGracefulShutdown } from './lifecycle/graceful-shutdown';

/**
 * `npm start`: the service with embedded defaults (espeak, fs cache,
 * in-process queue) on 127.0.0.1:8080, or whatever the environment says.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await createServer(config);
  installGracefulShutdown({ app, timeoutMs: config.shutdownTimeoutMs });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const shown = host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host;
  const url = `http://${shown}:${port}/`;
  app.log.info({ url }, 'playground url');
  // stdout carries JSON logs only; the human line goes to stderr
  process.stderr.write(`\n  ttskit playground: ${url}\n\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : String(error);
  process.stderr.write(`${message}\n`);
  if (!(error instanceof ConfigError) && error instanceof Error && error.stack) {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exit(1);
});
