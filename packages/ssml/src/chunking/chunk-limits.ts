import type { VoiceFamily } from '../capabilities/capability-types';
import { getDialectCapabilities } from '../capabilities/dialect-capabilities';
import type { SsmlDialect } from '../serialize-ssml';

/**
 * How a vendor counts a request: `utf8-bytes` of the serialized SSML, tags
 * included (Google), `utf16` string length of the serialized SSML (Polly's
 * 6,000 total characters), or `billed-chars`: the spoken text only (Polly's
 * 3,000 billed characters).
 */
export type ChunkLimit = { unit: 'utf8-bytes' | 'utf16' | 'billed-chars'; max: number };

/**
 * The limits every chunk must hold, in the caller's order: `limit` as given
 * (one or several), else the dialect's request limits from
 * `getDialectCapabilities` (`maxInput`, and Polly's `maxTotalInput`).
 */
export function resolveChunkLimits(options: {
  limit?: ChunkLimit | readonly ChunkLimit[] | undefined;
  dialect: SsmlDialect;
  voice?: string | undefined;
  family?: VoiceFamily | undefined;
}): ChunkLimit[] {
  const limits =
    options.limit === undefined
      ? dialectLimits(options)
      : Array.isArray(options.limit)
        ? [...(options.limit as readonly ChunkLimit[])]
        : [options.limit as ChunkLimit];
  if (limits.length === 0)
    throw new RangeError(
      options.limit === undefined
        ? `[ttskit] [ssml] chunkSsml needs a limit: the ${options.dialect} dialect has no request limit of its own`
        : '[ttskit] [ssml] chunkSsml needs at least one limit',
    );
  for (const limit of limits) {
    if (!(limit.max > 0))
      throw new RangeError('[ttskit] [ssml] chunkSsml needs a positive limit.max');
    if (!['utf8-bytes', 'utf16', 'billed-chars'].includes(limit.unit))
      throw new RangeError(
        `[ttskit] [ssml] unknown chunk limit unit "${String(limit.unit)}" (expected utf8-bytes, utf16 or billed-chars)`,
      );
  }
  return limits;
}

/**
 * The most spoken characters a chunk can hold: every unit counts at least
 * the spoken text (markup and escapes only add to it, and a UTF-8 byte
 * count is never below the UTF-16 length), so the smallest `max` bounds it.
 */
export function spokenCharacterBound(limits: readonly ChunkLimit[]): number {
  return Math.min(...limits.map((limit) => limit.max));
}

function dialectLimits(options: {
  dialect: SsmlDialect;
  voice?: string | undefined;
  family?: VoiceFamily | undefined;
}): ChunkLimit[] {
  const { dialect, voice, family } = options;
  if (dialect !== 'google' && dialect !== 'azure' && dialect !== 'polly') return [];
  const { maxInput, maxTotalInput } = getDialectCapabilities({
    dialect,
    voice,
    family,
  } as Parameters<typeof getDialectCapabilities>[0]).limits;
  return [maxInput, maxTotalInput].filter(
    (limit): limit is ChunkLimit => limit !== undefined,
  );
}
