import type { Keyv } from 'keyv';

type ConnectingStore = {
  getClient: () => Promise<unknown>;
  client?: { isOpen?: boolean };
};

function isConnectingStore(store: unknown): store is ConnectingStore {
  return (
    typeof store === 'object' &&
    store !== null &&
    typeof (store as ConnectingStore).getClient === 'function'
  );
}

/**
 * Makes calls wait for a connection being opened instead of racing it.
 * @keyv/redis opens its client on first use; with `disableOfflineQueue` (the
 * setting that makes calls fail fast while Redis is away) every call made
 * while that first connection is still opening would fail with "The client
 * is offline". Calls made while an open client reconnects still fail fast.
 * Stores without `getClient()` need no gate.
 */
export function createConnectionGate(keyv: Keyv): () => Promise<void> {
  const store: unknown = keyv.store;
  if (!isConnectingStore(store)) return async () => {};
  let opening: Promise<unknown> | undefined;
  return async () => {
    if (!opening && store.client?.isOpen !== true) {
      opening = store.getClient().finally(() => {
        opening = undefined;
      });
    }
    if (opening) await opening;
  };
}
