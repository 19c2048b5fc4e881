import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export type PiperVoiceEntry = {
  kind: 'piper';
  id: string;
  modelPath: string;
  configPath: string;
};

export type KokoroVoiceEntry = {
  kind: 'kokoro';
  /** `<model directory>/<voice>`, e.g. `kokoro-v1.0/af_heart`. */
  id: string;
  /** The style vectors' name, e.g. `af_heart`. */
  voiceName: string;
  modelPath: string;
  configPath: string;
  stylePath: string;
};

export type VoiceEntry = PiperVoiceEntry | KokoroVoiceEntry;

/** How deep `voices()` looks for voices below `voicesDir`. */
const MAX_DEPTH = 4;

function listDirectory(directory: string): string[] {
  try {
    return readdirSync(directory).sort();
  } catch {
    return [];
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A Kokoro model directory: `config.json`, `voices/*.bin` and a model file. */
function kokoroEntries(directory: string): KokoroVoiceEntry[] | undefined {
  const voicesDirectory = join(directory, 'voices');
  if (!isDirectory(voicesDirectory)) return undefined;
  const styles = listDirectory(voicesDirectory).filter((name) => name.endsWith('.bin'));
  const candidates = [
    join(directory, 'model.onnx'),
    join(directory, 'onnx', 'model.onnx'),
  ];
  const others = listDirectory(directory).filter((name) => name.endsWith('.onnx'));
  const modelPath =
    candidates.find((path) => existsSync(path)) ??
    (others.length === 1 ? join(directory, others[0] as string) : undefined);
  if (styles.length === 0 || modelPath === undefined) return undefined;
  const model = basename(directory);
  return styles.map((file) => {
    const voiceName = file.slice(0, -'.bin'.length);
    return {
      kind: 'kokoro',
      id: `${model}/${voiceName}`,
      voiceName,
      modelPath,
      configPath: join(directory, 'config.json'),
      stylePath: join(voicesDirectory, file),
    };
  });
}

function scan(options: { directory: string; depth: number; found: VoiceEntry[] }): void {
  const { directory, depth, found } = options;
  const kokoro = kokoroEntries(directory);
  if (kokoro) {
    found.push(...kokoro);
    return;
  }
  const names = listDirectory(directory);
  for (const name of names) {
    const path = join(directory, name);
    if (name.endsWith('.onnx') && names.includes(`${name}.json`)) {
      found.push({
        kind: 'piper',
        id: name.slice(0, -'.onnx'.length),
        modelPath: path,
        configPath: `${path}.json`,
      });
    } else if (depth < MAX_DEPTH && !name.startsWith('.') && isDirectory(path)) {
      scan({ directory: path, depth: depth + 1, found });
    }
  }
}

/** Every voice below `directory` (Piper pairs and Kokoro model directories), first id wins. */
export function scanVoices(directory: string): VoiceEntry[] {
  const found: VoiceEntry[] = [];
  scan({ directory: resolve(directory), depth: 0, found });
  const seen = new Set<string>();
  return found.filter((entry) => !seen.has(entry.id) && seen.add(entry.id));
}

/** `path/to/voice.onnx` given directly: a Piper voice with its config next to it. */
export function piperVoiceFromPath(path: string): PiperVoiceEntry | undefined {
  if (!path.endsWith('.onnx') || !existsSync(path)) return undefined;
  const modelPath = resolve(path);
  return {
    kind: 'piper',
    id: basename(modelPath).slice(0, -'.onnx'.length),
    modelPath,
    configPath: `${modelPath}.json`,
  };
}
