import { createHash, timingSafeEqual } from 'node:crypto';

/** sha256 of an API key: the only form the service keeps. */
export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** A configured digest (64 hex digits), or undefined when malformed. */
export function parseApiKeyHash(hex: string): Buffer | undefined {
  return /^[0-9a-f]{64}$/i.test(hex) ? Buffer.from(hex, 'hex') : undefined;
}

/**
 * Checks presented keys against configured sha256 digests. The presented key
 * is hashed first, so every comparison is of 32 bytes with `timingSafeEqual`,
 * and every digest is compared whichever matches: the time taken says
 * nothing about the keys. Returns the matching key's id (the first 12 hex
 * digits of its digest, safe to log and to rate-limit by), or undefined.
 */
export function createApiKeyVerifier(hashes: readonly Buffer[]) {
  const digests = hashes.map((hash) => Buffer.from(hash));
  return {
    enabled: digests.length > 0,
    verify(presented: string): string | undefined {
      const candidate = hashApiKey(presented);
      let match: Buffer | undefined;
      for (const digest of digests) {
        if (timingSafeEqual(candidate, digest) && match === undefined) match = digest;
      }
      return match?.toString('hex').slice(0, 12);
    },
  };
}

export type ApiKeyVerifier = ReturnType<typeof createApiKeyVerifier>;
