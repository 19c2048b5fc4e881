import type { Keyv } from 'keyv';

type ClosableClient = { close?: () => unknown };

/**
 * Closes the store's connections: `keyv.disconnect()` where the adapter has
 * one (Redis), else the client's `close()` (@keyv/memcache has no disconnect;
 * its memjs client does). A `Map` holds none.
 */
export async function disconnectKeyv(keyv: Keyv): Promise<void> {
  const store = keyv.store as { disconnect?: unknown; client?: ClosableClient };
  if (store instanceof Map) return;
  if (typeof store.disconnect === 'function') {
    await keyv.disconnect();
    return;
  }
  if (typeof store.client?.close === 'function') store.client.close();
}
