import type { PollyClient } from '@aws-sdk/client-polly';
import { type ClientPollyModule, loadClientPolly } from './aws-sdk-module';
import {
  type PollyCredentials,
  resolveCredentials,
  resolveRegion,
} from './polly-credentials';
import { MESSAGE_PREFIX } from './polly-errors';
import { VERSION } from './version';

/** The SDK module and the client calls go through. */
export type PollyConnection = {
  sdk: ClientPollyModule;
  client: PollyClient;
  /** Warnings every call reports (an injected client that retries by itself). */
  warnings: string[];
};

/** Hands out the client: the injected one, or one created on first use. */
export type PollyClientHolder = {
  get(): Promise<PollyConnection>;
  /** Destroys a client the engine created; leaves an injected one alone. */
  dispose(): Promise<void>;
};

export type PollyClientSettings = {
  client?: PollyClient | undefined;
  region?: string | undefined;
  credentials?: PollyCredentials | undefined;
  baseURL?: string | undefined;
};

/**
 * Settings of every client the engine creates: no SDK retries (core
 * retries), complete credentials (no metadata-server probe) and the package
 * version in the User-Agent. The transport stays the Polly client's default,
 * one HTTP/2 session per request: with sessions shared between requests
 * (`disableConcurrentStreams: false`), aborting one of two concurrent
 * streams crashes Node 20 now and then ("corrupted size vs. prev_size").
 */
function createClient(options: {
  sdk: ClientPollyModule;
  settings: PollyClientSettings;
}): PollyClient {
  const { sdk, settings } = options;
  return new sdk.PollyClient({
    region: resolveRegion(settings.region),
    credentials: resolveCredentials(settings.credentials),
    ...(settings.baseURL === undefined ? {} : { endpoint: settings.baseURL }),
    maxAttempts: 1,
    customUserAgent: [['ttskit-engine-polly', VERSION]],
  });
}

async function injectedClientWarnings(client: PollyClient): Promise<string[]> {
  const maxAttempts = await Promise.resolve(client.config.maxAttempts?.()).catch(
    () => undefined,
  );
  if (typeof maxAttempts !== 'number' || maxAttempts <= 1) return [];
  return [
    `${MESSAGE_PREFIX} the PollyClient passed as settings.client retries up to ${maxAttempts} times on its own, on top of ttskit's retries; create it with maxAttempts: 1`,
  ];
}

export function createPollyClientHolder(
  settings: PollyClientSettings,
): PollyClientHolder {
  let connection: Promise<PollyConnection> | undefined;
  let created: PollyClient | undefined;
  const connect = async (): Promise<PollyConnection> => {
    const sdk = await loadClientPolly();
    if (settings.client) {
      const warnings = await injectedClientWarnings(settings.client);
      return { sdk, client: settings.client, warnings };
    }
    created = createClient({ sdk, settings });
    return { sdk, client: created, warnings: [] };
  };
  return {
    get() {
      if (!connection) {
        const pending = connect();
        connection = pending;
        pending.catch(() => {
          if (connection === pending) connection = undefined;
        });
      }
      return connection;
    },
    async dispose() {
      const pending = connection;
      connection = undefined;
      await pending?.catch(() => undefined);
      created?.destroy();
      created = undefined;
    },
  };
}
