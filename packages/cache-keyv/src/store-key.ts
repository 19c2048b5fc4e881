import { createHash } from 'node:crypto';

/** Keys every store accepts as they are: request keys are 64 hex digits. */
const PLAIN_KEY = /^[A-Za-z0-9._-]{1,200}$/;

/**
 * The key handed to Keyv. Plain keys pass unchanged, so Redis shows
 * `ttskit::<request key>`. Any other key (spaces, `/`, control characters,
 * longer than 200 characters: memcached allows 250 bytes and no spaces) is
 * stored as `~` and its SHA-256 in hex; `~` never starts a plain key, so the
 * two forms cannot collide.
 */
export function toStoreKey(key: string): string {
  if (PLAIN_KEY.test(key)) return key;
  return `~${createHash('sha256').update(key, 'utf8').digest('hex')}`;
}
