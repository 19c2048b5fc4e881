import {
  EngineCallError,
  InvalidArgumentError,
  SsmlParseError,
  TtsError,
} from '@ttskit/core';
import { CliError } from './cli-error';

/** Turns any error into a message a person can act on, and an exit code. */
export function formatError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof CliError)
    return { message: `ttskit: ${error.message}`, exitCode: error.exitCode };
  if (SsmlParseError.isInstance(error)) {
    const detail = (error as { detail?: string }).detail ?? stripPrefix(error.message);
    const lines = [
      `ttskit: SSML error at line ${error.line}, column ${error.column}: ${detail}`,
    ];
    if (error.snippet) lines.push(error.snippet.replace(/^/gm, '  '));
    return { message: lines.join('\n'), exitCode: 1 };
  }
  if (InvalidArgumentError.isInstance(error)) {
    return {
      message: `ttskit: invalid ${error.argument}: ${stripPrefix(error.message)}`,
      exitCode: 2,
    };
  }
  if (EngineCallError.isInstance(error)) {
    const status = error.statusCode === undefined ? '' : ` (HTTP ${error.statusCode})`;
    return {
      message: `ttskit: engine ${error.engine} failed${status}: ${stripPrefix(error.message)}`,
      exitCode: 1,
    };
  }
  if (TtsError.isInstance(error))
    return { message: `ttskit: ${stripPrefix(error.message)}`, exitCode: 1 };
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { message: `ttskit: unexpected error: ${detail}`, exitCode: 70 };
}

function stripPrefix(message: string): string {
  return message.replace(/^(\[[^\]]+\]\s*)+/, '');
}
