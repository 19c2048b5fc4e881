import { extname } from 'node:path';
import type { OutputFormat } from '@ttskit/core';
import { CliError } from './cli-error';

const formatsByExtension: Record<string, OutputFormat> = {
  '.wav': 'wav',
  '.wave': 'wav',
  '.mp3': 'mp3',
  '.pcm': 'pcm',
  '.raw': 'pcm',
};

/** The output format: `--format`, else the file extension, else wav. */
export function resolveFormat(options: {
  format: string | undefined;
  file: string | undefined;
}): OutputFormat {
  if (options.format !== undefined) {
    const format = options.format.toLowerCase();
    if (format !== 'wav' && format !== 'mp3' && format !== 'pcm') {
      throw new CliError(`unknown --format "${options.format}": use wav, mp3 or pcm`, 2);
    }
    return format;
  }
  if (options.file === undefined || options.file === '-') return 'wav';
  return formatsByExtension[extname(options.file).toLowerCase()] ?? 'wav';
}
