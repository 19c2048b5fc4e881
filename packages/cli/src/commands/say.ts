import { writeFile } from 'node:fs/promises';
import { createSynthesizer, type SynthesisResult, type Warning } from '@ttskit/core';
import { CliError } from '../cli-error';
import { requireEngine } from '../engine-registry';
import { resolveFormat } from '../output-target';
import { ProgressBar } from '../progress-bar';
import { readInput } from '../read-input';
import { writeAudioStream } from '../write-audio-stream';

export type SayOptions = {
  ssml?: string;
  voice?: string;
  engine?: string;
  format?: string;
  rate?: string;
  output?: string;
  json?: boolean;
  plain?: boolean;
};

export type CommandStreams = {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
};

/** Inputs longer than this show a progress bar on a terminal. */
const progressThreshold = 400;

function describeWarning(warning: Warning): string {
  switch (warning.type) {
    case 'ssml-lowered': {
      const { line, column } = warning.position;
      const times = warning.occurrences > 1 ? `, ${warning.occurrences} times` : '';
      return `${warning.message} (line ${line}, column ${column}${times})`;
    }
    case 'unsupported-feature':
      return `unsupported: ${warning.feature}${warning.details ? ` (${warning.details})` : ''}`;
    case 'unsupported-setting':
      return `unsupported setting: ${warning.setting}${warning.details ? ` (${warning.details})` : ''}`;
    default:
      return warning.message;
  }
}

function parseRate(rate: string | undefined): number | undefined {
  if (rate === undefined) return undefined;
  const value = Number(rate);
  if (!(Number.isFinite(value) && value >= 0.5 && value <= 2.5)) {
    throw new CliError(
      `--rate must be a speed multiplier from 0.5 to 2.5 (1 is normal), got "${rate}"`,
      2,
    );
  }
  return value;
}

function summary(options: {
  result: SynthesisResult;
  file: string | undefined;
  bytes: number;
}) {
  const { audio: _audio, ...rest } = options.result;
  return { file: options.file ?? null, bytes: options.bytes, ...rest };
}

export async function runSay(options: {
  text: string | undefined;
  flags: SayOptions;
  streams: CommandStreams;
}): Promise<void> {
  const { flags, streams } = options;
  const registered = requireEngine(flags.engine);
  const toStdout = flags.output === undefined || flags.output === '-';
  if (toStdout && streams.stdout.isTTY) {
    throw new CliError(
      'refusing to write audio to a terminal: pass -o FILE, or pipe the output (ttskit say "hi" | aplay)',
      2,
    );
  }
  const format = resolveFormat({
    format: flags.format,
    file: toStdout ? undefined : flags.output,
  });
  const rate = parseRate(flags.rate);
  const input = await readInput({
    text: options.text,
    ssmlFile: flags.ssml,
    plain: flags.plain ?? false,
    stdin: streams.stdin,
  });
  const provider = await registered.load();
  const progress = new ProgressBar(streams.stderr);
  const length = 'text' in input ? input.text.length : input.ssml.length;
  try {
    const tts = createSynthesizer({ engine: provider, memoryCache: false });
    const request = {
      ...input,
      format,
      ...(flags.voice ? { voice: flags.voice } : {}),
      ...(rate === undefined
        ? {}
        : { engineOptions: { [registered.name]: registered.rateOptions(rate) } }),
      ...(length > progressThreshold
        ? {
            onProgress: ({ fraction, audioMs }: { fraction: number; audioMs: number }) =>
              progress.update(fraction, `${(audioMs / 1000).toFixed(1)} s of audio`),
          }
        : {}),
    };
    const file = toStdout ? undefined : (flags.output as string);
    let result: SynthesisResult;
    let bytes: number;
    if (length > progressThreshold) {
      // long input: written while it is produced, a few chunks in memory at a time
      const written = await writeAudioStream({
        stream: tts.stream(request),
        format,
        file,
        stdout: streams.stdout,
      });
      result = written.result;
      bytes = written.bytes;
    } else {
      result = await tts.synthesize(request);
      bytes = result.audio.byteLength;
      if (file === undefined) {
        await new Promise<void>((resolve, reject) =>
          streams.stdout.write(result.audio, (error) =>
            error ? reject(error) : resolve(),
          ),
        );
      } else await writeFile(file, result.audio);
    }
    progress.finish();
    for (const warning of result.warnings)
      streams.stderr.write(`ttskit: warning: ${describeWarning(warning)}\n`);
    if (flags.json) {
      const target = toStdout ? streams.stderr : streams.stdout;
      target.write(`${JSON.stringify(summary({ result, file, bytes }), null, 2)}\n`);
    } else if (file !== undefined) {
      streams.stderr.write(
        `ttskit: wrote ${file} (${format}, ${(result.durationMs / 1000).toFixed(2)} s, ${result.sampleRate} Hz, ${result.engine}/${result.voice})\n`,
      );
    }
  } finally {
    progress.finish();
    await provider.dispose?.();
  }
}
