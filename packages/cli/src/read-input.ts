import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error';

export type CliInput = { text: string } | { ssml: string };

/** A tag such as `<break time="1s"/>` or `<speak>`: the argument is SSML. */
const markupPattern = /<\/?[A-Za-z][\w.:-]*(\s[^<>]*)?\/?>/;

export function looksLikeSsml(value: string): boolean {
  return markupPattern.test(value);
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Where the words come from: `--ssml FILE` (or `-` for standard input), the
 * TEXT argument (SSML when it contains tags, unless `--plain`), or standard
 * input when it is piped.
 */
export async function readInput(options: {
  text: string | undefined;
  ssmlFile: string | undefined;
  plain: boolean;
  stdin: NodeJS.ReadStream;
}): Promise<CliInput> {
  if (options.ssmlFile !== undefined) {
    if (options.text !== undefined)
      throw new CliError('pass either TEXT or --ssml, not both', 2);
    const ssml =
      options.ssmlFile === '-'
        ? await readStream(options.stdin)
        : await readFile(options.ssmlFile, 'utf8').catch(
            (error: NodeJS.ErrnoException) => {
              throw new CliError(
                `cannot read ${options.ssmlFile}: ${error.code ?? error.message}`,
              );
            },
          );
    return { ssml };
  }
  let text = options.text;
  if (text === undefined) {
    if (options.stdin.isTTY) {
      throw new CliError(
        'nothing to say: pass TEXT, --ssml FILE, or pipe text on standard input',
        2,
      );
    }
    text = await readStream(options.stdin);
  }
  if (text.trim() === '') throw new CliError('nothing to say: the text is empty', 2);
  return !options.plain && looksLikeSsml(text) ? { ssml: text } : { text };
}
