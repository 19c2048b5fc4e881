import { createHash } from 'node:crypto';
import type { JsonValue } from '../spec/v1/engine-v1-call-options';
import { stableStringify } from '../util/stable-stringify';

/** Bump when the key's recipe changes, so old cache entries are not reused. */
const KEY_RECIPE = 'ttskit-request-key/1';

/**
 * The content hash that identifies a synthesis: sha256 over the canonical
 * form of what is spoken, who speaks it and how it is encoded.
 */
export function computeRequestKey(options: {
  canonicalInput: string;
  engine: string;
  specificationVersion: string;
  voice: string;
  format: string;
  sampleRate: number | undefined;
  language: string | undefined;
  engineOptions: Record<string, Record<string, JsonValue | undefined>> | undefined;
}): string {
  const header = stableStringify({
    recipe: KEY_RECIPE,
    engine: options.engine,
    specificationVersion: options.specificationVersion,
    voice: options.voice,
    format: options.format,
    sampleRate: options.sampleRate ?? null,
    language: options.language?.toLowerCase() ?? null,
    engineOptions: options.engineOptions?.[options.engine] ?? null,
  });
  return createHash('sha256')
    .update(header)
    .update('\n')
    .update(options.canonicalInput)
    .digest('hex');
}
