const marker = 'ttskit.error';
const symbol = Symbol.for(marker);

/**
 * Base class of every ttskit error. `isInstance` checks a `Symbol.for`
 * marker instead of `instanceof`, so errors thrown by another installed copy
 * of a package (or by `@ttskit/ssml`, which cannot import core) are still
 * recognized.
 */
export class TtsError extends Error {
  protected readonly [symbol] = true;

  constructor(options: { name: string; message: string; cause?: unknown }) {
    super(options.message, options.cause === undefined ? {} : { cause: options.cause });
    this.name = options.name;
  }

  static isInstance(error: unknown): error is TtsError {
    return TtsError.hasMarker(error, marker);
  }

  protected static hasMarker(error: unknown, markerName: string): boolean {
    const markerSymbol = Symbol.for(markerName);
    return (
      error != null &&
      typeof error === 'object' &&
      markerSymbol in error &&
      (error as Record<symbol, unknown>)[markerSymbol] === true
    );
  }
}
