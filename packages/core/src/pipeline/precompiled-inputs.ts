import type { SsmlDocument } from '@ttskit/ssml';

/** What a request's input compiles to, reused by every request with the same input. */
export type CompiledInput = {
  /** The document that is lowered for engines (normalized). */
  document: SsmlDocument;
  /** The canonical string the request key hashes. */
  canonicalInput: string;
};

export type PrecompilationOptions = {
  /** Inputs remembered at once. Default 2 000; 0 turns precompilation off. */
  maxEntries?: number;
  /** Total UTF-16 length of remembered inputs. Default 8 000 000 (about 16 MB of strings). */
  maxInputLength?: number;
};

/**
 * The mission's "SSML precompilation for frequently used text": a bounded
 * LRU from an input (text or SSML, as sent) to its parsed, normalized and
 * canonical form, so a popular request skips parsing and normalization;
 * lowering for each engine is memoized on the document (see
 * `lowerForEngine`). Keys are the input strings themselves: a `Map` hashes
 * them once, which costs less than any digest we could compute.
 */
export class PrecompiledInputs {
  private readonly entries = new Map<string, CompiledInput>();
  private totalLength = 0;
  private hits = 0;
  private misses = 0;
  private readonly maxEntries: number;
  private readonly maxInputLength: number;

  constructor(options: PrecompilationOptions = {}) {
    this.maxEntries = Math.max(0, options.maxEntries ?? 2_000);
    this.maxInputLength = Math.max(0, options.maxInputLength ?? 8_000_000);
  }

  /** The compiled form of `input`, from memory or from `compile()`. */
  get(options: {
    kind: 'text' | 'ssml';
    input: string;
    compile: () => CompiledInput;
  }): CompiledInput {
    const { kind, input } = options;
    const key = kind === 'text' ? `t${input}` : `s${input}`;
    const known = this.entries.get(key);
    if (known !== undefined) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, known);
      return known;
    }
    this.misses++;
    const compiled = options.compile();
    if (this.maxEntries === 0 || key.length > this.maxInputLength) return compiled;
    this.entries.set(key, compiled);
    this.totalLength += key.length;
    while (
      this.entries.size > this.maxEntries ||
      this.totalLength > this.maxInputLength
    ) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
      this.totalLength -= oldest.length;
    }
    return compiled;
  }

  stats(): { entries: number; hits: number; misses: number } {
    return { entries: this.entries.size, hits: this.hits, misses: this.misses };
  }
}
