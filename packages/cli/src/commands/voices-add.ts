import type { Command } from 'commander';
import { ProgressBar } from '../progress-bar';
import type { CommandStreams } from './say';

export type VoicesAddOptions = { sha256: string; configSha256?: string; dir?: string };

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * `ttskit voices add URL --sha256 HEX`: downloads a voice into the voices
 * directory with a progress bar (checksum verified, resumable). A `.onnx`
 * URL is a Piper voice: its `.onnx.json` config comes along.
 */
export async function runVoicesAdd(options: {
  url: string;
  flags: VoicesAddOptions;
  streams: CommandStreams;
}): Promise<void> {
  const { url, flags, streams } = options;
  const { defaultVoicesDir, downloadPiperVoice, downloadVoice } = await import(
    '@ttskit/engine-onnx'
  );
  const dir = flags.dir ?? defaultVoicesDir();
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url);
  const bar = new ProgressBar(streams.stderr);
  const onProgress = (progress: {
    receivedBytes: number;
    totalBytes: number | undefined;
  }) => {
    const total = progress.totalBytes;
    const label = `${name} ${megabytes(progress.receivedBytes)}${total ? ` of ${megabytes(total)}` : ''}`;
    bar.update(total ? progress.receivedBytes / total : 0, label);
  };
  try {
    const file = name.endsWith('.onnx')
      ? (
          await downloadPiperVoice({
            url,
            sha256: flags.sha256,
            dir,
            onProgress,
            ...(flags.configSha256 ? { configSha256: flags.configSha256 } : {}),
          })
        ).modelFile
      : (await downloadVoice({ url, sha256: flags.sha256, dir, onProgress })).file;
    const voice = name.endsWith('.onnx')
      ? ` (voice "${name.slice(0, -'.onnx'.length)}")`
      : '';
    bar.finish();
    streams.stderr.write(`added ${file}${voice}\n`);
  } finally {
    bar.finish();
  }
}

/** Adds `voices add` under the `voices` command. */
export function registerVoicesAdd(options: {
  voices: Command;
  streams: CommandStreams;
}): void {
  options.voices
    .command('add')
    .description('download a voice (Piper .onnx + .onnx.json) into the voices directory')
    .argument('<url>', 'URL of the voice file')
    .requiredOption(
      '--sha256 <hex>',
      'SHA-256 of the file; nothing is installed unless it matches',
    )
    .option(
      '--config-sha256 <hex>',
      'SHA-256 of the Piper config (else it is checked by parsing)',
    )
    .option(
      '--dir <directory>',
      'voices directory (default: $TTSKIT_VOICES_DIR or ~/.local/share/ttskit/voices)',
    )
    .action((url: string, flags: VoicesAddOptions) =>
      runVoicesAdd({ url, flags, streams: options.streams }),
    );
}
