import { CommanderError } from 'commander';
import { formatError } from './format-error';
import { createProgram } from './program';

/** Runs the CLI and resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const streams = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  };
  try {
    await createProgram(streams).parseAsync(argv as string[]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const { message, exitCode } = formatError(error);
    process.stderr.write(`${message}\n`);
    return exitCode;
  }
}

process.exitCode = await main(process.argv);
