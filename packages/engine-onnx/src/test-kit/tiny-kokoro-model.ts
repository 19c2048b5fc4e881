import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { idWaveformTable } from './id-waveform-table';
import { type OnnxNode, writeOnnxModel } from './onnx-model-writer';
import { PHONEME_SYMBOLS } from './phoneme-symbols';

export type TinyKokoroModelOptions = {
  /** The voices directory; the model goes into `<directory>/<name>/`. */
  directory: string;
  /** Model directory name. Default `kokoro-tiny`. */
  name?: string;
  /** Voice (style file) names. Default `['af_test']`. */
  voices?: readonly string[];
  samplesPerId?: number;
  /** Adds a `durations` output (frames per token: 1 for pads and spaces, 3 for the rest). */
  durations?: boolean;
};

export type TinyKokoroFiles = {
  modelDirectory: string;
  modelPath: string;
  configPath: string;
  /** Voice ids for the engine: `<name>/<voice>`. */
  voiceIds: string[];
};

const STYLE_ROWS = 510;
const STYLE_SIZE = 256;

/**
 * Writes a Kokoro model directory with Kokoro's exact signature
 * (`input_ids` int64 [1,N], `style` float32 [1,256], `speed` float32 [1] →
 * `waveform` float32 [1,T]), `config.json` with a `vocab`, and
 * `voices/<voice>.bin` style tables (510 × 256 float32). Each token becomes
 * `samplesPerId` samples of amplitude `(id + 1) / 1024`, times `speed`,
 * times the mean of the style row (row r is filled with `1 + r / 1000`), so
 * the waveform shows the ids, the speed and which style row was used.
 */
export async function writeTinyKokoroModel(
  options: TinyKokoroModelOptions,
): Promise<TinyKokoroFiles> {
  const name = options.name ?? 'kokoro-tiny';
  const samplesPerId = options.samplesPerId ?? 240;
  const symbols = PHONEME_SYMBOLS.filter((symbol) => !['_', '^', '$'].includes(symbol));
  const vocab = Object.fromEntries(symbols.map((symbol, index) => [symbol, index + 1]));
  const nodes: OnnxNode[] = [
    { opType: 'Gather', inputs: ['table', 'input_ids'], outputs: ['blocks'] },
    {
      opType: 'ReduceMean',
      inputs: ['style'],
      outputs: ['style_gain'],
      attributes: { keepdims: { int: 0 } },
    },
    { opType: 'Mul', inputs: ['blocks', 'speed'], outputs: ['fast'] },
    { opType: 'Mul', inputs: ['fast', 'style_gain'], outputs: ['styled'] },
    { opType: 'Reshape', inputs: ['styled', 'waveform_shape'], outputs: ['waveform'] },
  ];
  if (options.durations) {
    nodes.push({
      opType: 'Gather',
      inputs: ['frames', 'input_ids'],
      outputs: ['durations'],
    });
  }
  const model = writeOnnxModel({
    name: 'tiny-kokoro',
    inputs: [
      { name: 'input_ids', type: 'int64', shape: [1, 'tokens'] },
      { name: 'style', type: 'float32', shape: [1, STYLE_SIZE] },
      { name: 'speed', type: 'float32', shape: [1] },
    ],
    outputs: [
      { name: 'waveform', type: 'float32', shape: [1, 'samples'] },
      ...(options.durations
        ? [{ name: 'durations', type: 'int64' as const, shape: ['tokens'] }]
        : []),
    ],
    initializers: [
      idWaveformTable({ name: 'table', ids: symbols.length + 1, samplesPerId }),
      {
        name: 'waveform_shape',
        type: 'int64',
        dims: [2],
        values: BigInt64Array.from([1n, -1n]),
      },
      ...(options.durations
        ? [
            {
              name: 'frames',
              type: 'int64' as const,
              dims: [symbols.length + 1],
              values: BigInt64Array.from(
                [1, ...symbols.map((symbol) => (symbol === ' ' ? 1 : 3))],
                BigInt,
              ),
            },
          ]
        : []),
    ],
    nodes,
  });
  const modelDirectory = join(options.directory, name);
  await mkdir(join(modelDirectory, 'voices'), { recursive: true });
  const modelPath = join(modelDirectory, 'model.onnx');
  const configPath = join(modelDirectory, 'config.json');
  await writeFile(modelPath, model);
  await writeFile(
    configPath,
    `${JSON.stringify({ vocab, n_token: symbols.length + 1 }, null, 2)}\n`,
  );
  const styles = new Float32Array(STYLE_ROWS * STYLE_SIZE);
  for (let row = 0; row < STYLE_ROWS; row++) {
    styles.fill(1 + row / 1000, row * STYLE_SIZE, (row + 1) * STYLE_SIZE);
  }
  const voices = options.voices ?? ['af_test'];
  for (const voice of voices) {
    await writeFile(
      join(modelDirectory, 'voices', `${voice}.bin`),
      new Uint8Array(styles.buffer),
    );
  }
  return {
    modelDirectory,
    modelPath,
    configPath,
    voiceIds: voices.map((voice) => `${name}/${voice}`),
  };
}
