import { Command } from 'commander';
import { type CommandStreams, runSay, type SayOptions } from './commands/say';
import { runVoices, type VoicesOptions } from './commands/voices';
import { registerVoicesAdd } from './commands/voices-add';
import { VERSION } from './version';

/** The `ttskit` command line, with its streams injectable for tests. */
export function createProgram(streams: CommandStreams): Command {
  const program = new Command('ttskit')
    .description('Text to speech from the terminal: SSML in, audio out.')
    .version(VERSION)
    .showHelpAfterError()
    .configureOutput({
      writeOut: (text) => streams.stdout.write(text),
      writeErr: (text) => streams.stderr.write(text),
    })
    .exitOverride();

  program
    .command('say')
    .description('synthesize TEXT (plain or SSML) to a file or standard output')
    .argument('[text]', 'what to say; SSML when it contains tags (see --plain)')
    .option('--ssml <file>', 'read SSML from FILE, or - for standard input')
    .option('--voice <voice>', 'voice id (see `ttskit voices`)')
    .option('--engine <engine>', 'engine to use', 'espeak')
    .option('--format <format>', 'wav, mp3 or pcm (default: from -o extension, else wav)')
    .option('--rate <multiplier>', 'speaking speed, 1 is normal (0.5 to 2.5)')
    .option('-o, --output <file>', 'write audio to FILE (default: standard output)')
    .option('--json', 'print timings, warnings and the request key as JSON')
    .option('--plain', 'treat TEXT as plain text even if it contains tags')
    .action((text: string | undefined, flags: SayOptions) =>
      runSay({ text, flags, streams }),
    );

  const voices = program
    .command('voices')
    .description('list the voices of an engine')
    .option('--language <tag>', 'only voices for this BCP-47 language, e.g. en or fr-FR')
    .option('--engine <engine>', 'engine to list', 'espeak')
    .option('--json', 'print as JSON')
    .action((flags: VoicesOptions) => runVoices({ flags, streams }));
  registerVoicesAdd({ voices, streams });

  return program;
}
