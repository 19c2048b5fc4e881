import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where voices live when no directory is given: `$TTSKIT_VOICES_DIR`, else
 * `$XDG_DATA_HOME/ttskit/voices`, else `~/.local/share/ttskit/voices`.
 * `ttskit voices add` downloads there too.
 */
export function defaultVoicesDir(environment: NodeJS.ProcessEnv = process.env): string {
  if (environment.TTSKIT_VOICES_DIR) return environment.TTSKIT_VOICES_DIR;
  const dataHome = environment.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(dataHome, 'ttskit', 'voices');
}
