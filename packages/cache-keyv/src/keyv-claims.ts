import { InvalidArgumentError } from '@ttskit/core';

/** Namespace each Keyv and store adapter is configured for, to catch sharing. */
const claims = new WeakMap<object, string>();

/**
 * A Keyv or store adapter serves one namespace at a time: configuring it for
 * a second one would silently move the first cache's keys. (A `Map` store is
 * not claimed: each Keyv prefixes its own keys in it.) Returns the release
 * for `dispose()`.
 */
export function claimForNamespace(options: {
  owners: readonly object[];
  namespace: string;
}): () => void {
  const { owners, namespace } = options;
  for (const owner of owners) {
    const claimed = claims.get(owner);
    if (claimed !== undefined && claimed !== namespace) {
      throw new InvalidArgumentError({
        argument: 'keyv',
        message: `[ttskit] [cache-keyv] this Keyv (or its store) already serves the cache in namespace "${claimed}"; give each namespace its own Keyv and store`,
      });
    }
  }
  for (const owner of owners) claims.set(owner, namespace);
  return () => {
    for (const owner of owners) {
      if (claims.get(owner) === namespace) claims.delete(owner);
    }
  };
}
