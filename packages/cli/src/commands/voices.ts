import type { VoiceV1 } from '@ttskit/core';
import { CliError } from '../cli-error';
import { requireEngine } from '../engine-registry';
import type { CommandStreams } from './say';

export type VoicesOptions = { language?: string; engine?: string; json?: boolean };

/** True when a voice speaks `language` (a prefix match on BCP-47 subtags). */
export function speaksLanguage(voice: VoiceV1, language: string): boolean {
  const wanted = language.toLowerCase().replace(/_/g, '-');
  return voice.languages.some((tag) => {
    const lower = tag.toLowerCase();
    return lower === wanted || lower.startsWith(`${wanted}-`);
  });
}

export async function runVoices(options: {
  flags: VoicesOptions;
  streams: CommandStreams;
}): Promise<void> {
  const { flags, streams } = options;
  const registered = requireEngine(flags.engine);
  const provider = await registered.load();
  try {
    const all = await provider.voices();
    const voices = flags.language
      ? all.filter((voice) => speaksLanguage(voice, flags.language as string))
      : all;
    if (flags.json) {
      streams.stdout.write(`${JSON.stringify(voices, null, 2)}\n`);
      return;
    }
    if (voices.length === 0) {
      throw new CliError(`no ${registered.name} voice speaks "${flags.language}"`);
    }
    const idWidth = Math.max(2, ...voices.map((voice) => voice.id.length));
    const nameWidth = Math.max(4, ...voices.map((voice) => voice.name.length));
    const rows = [`${'ID'.padEnd(idWidth)}  ${'NAME'.padEnd(nameWidth)}  LANGUAGES`];
    for (const voice of voices) {
      rows.push(
        `${voice.id.padEnd(idWidth)}  ${voice.name.padEnd(nameWidth)}  ${voice.languages.join(', ')}`,
      );
    }
    streams.stdout.write(`${rows.join('\n')}\n`);
  } finally {
    await provider.dispose?.();
  }
}
