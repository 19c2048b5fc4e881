import { readFileSync } from 'node:fs';
import { voiceError } from './onnx-voice-error';

/** Reads and parses a JSON file; a missing file or bad JSON is an `OnnxVoiceError` naming it. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw voiceError({
      file,
      reason: missing ? 'missing-file' : 'malformed-config',
      detail: missing
        ? 'the voice config does not exist'
        : 'cannot read the voice config',
      cause: error,
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw voiceError({
      file,
      reason: 'malformed-config',
      detail: `the voice config is not valid JSON (${(error as Error).message})`,
      cause: error,
    });
  }
}

/** Typed access to fields of a parsed config; every failure names the file and the field. */
export class ConfigReader {
  constructor(
    private readonly file: string,
    private readonly root: unknown,
  ) {}

  fail(detail: string): never {
    throw voiceError({ file: this.file, reason: 'malformed-config', detail });
  }

  /** The value at a dotted path (`audio.sample_rate`), or undefined. */
  get(path: string): unknown {
    let value: unknown = this.root;
    for (const key of path.split('.')) {
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  }

  number(path: string, options: { fallback?: number; integer?: boolean } = {}): number {
    const value = this.get(path);
    if (value === undefined && options.fallback !== undefined) return options.fallback;
    const valid =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (!options.integer || Number.isInteger(value));
    if (!valid) {
      this.fail(
        `${path} must be ${options.integer ? 'an integer' : 'a number'}, got ${JSON.stringify(value)}`,
      );
    }
    return value as number;
  }

  string(path: string, fallback?: string): string {
    const value = this.get(path);
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value !== 'string' || value === '')
      this.fail(`${path} must be a non-empty string, got ${JSON.stringify(value)}`);
    return value as string;
  }

  optionalString(path: string): string | undefined {
    const value = this.get(path);
    return typeof value === 'string' && value !== '' ? value : undefined;
  }

  object(path: string, fallback?: Record<string, unknown>): Record<string, unknown> {
    const value = this.get(path);
    if (value === undefined && fallback !== undefined) return fallback;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      this.fail(`${path} must be an object, got ${JSON.stringify(value)?.slice(0, 40)}`);
    return value as Record<string, unknown>;
  }
}
