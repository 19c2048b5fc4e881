import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ENTRY_NAME_PATTERN,
  hashKey,
  locateEntry,
  TEMP_NAME_PATTERN,
  temporaryPathFor,
} from './entry-location';

describe('entry location', () => {
  it('shards by the first two hex digits of the sha256 of the key', () => {
    const location = locateEntry({ directory: '/cache', key: '../../etc/passwd' });
    expect(location.hash).toMatch(ENTRY_NAME_PATTERN);
    expect(location.shardDirectory).toBe(join('/cache', location.hash.slice(0, 2)));
    expect(location.path).toBe(join(location.shardDirectory, location.hash));
  });

  it('keeps keys apart that UTF-8 would merge', () => {
    expect(hashKey('\uD800')).not.toBe(hashKey('\uDC00'));
    expect(hashKey('\uD800')).not.toBe(hashKey('\uFFFD'));
  });

  it('names temporary files apart from entries, unique per call', () => {
    const location = locateEntry({ directory: '/cache', key: 'key' });
    const first = temporaryPathFor(location);
    const name = first.slice(location.shardDirectory.length + 1);
    expect(name).toMatch(TEMP_NAME_PATTERN);
    expect(name).not.toMatch(ENTRY_NAME_PATTERN);
    expect(name).toContain(`.${process.pid}.`);
    expect(temporaryPathFor(location)).not.toBe(first);
  });
});
