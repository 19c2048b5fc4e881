import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { idWaveformTable } from './id-waveform-table';
import { type OnnxElementType, type OnnxNode, writeOnnxModel } from './onnx-model-writer';
import { PHONEME_SYMBOLS, piperPhonemeIdMap } from './phoneme-symbols';

export type TinyPiperVoiceOptions = {
  /** Where `<name>.onnx` and `<name>.onnx.json` are written (created if missing). */
  directory: string;
  /** Default `en_US-tiny-test`. */
  name?: string;
  /** Samples each phoneme id becomes. Default 256. */
  samplesPerId?: number;
  sampleRate?: number;
  /** Speakers: adds the int64 `sid` input and `speaker_id_map`. Default 1 (no `sid`). */
  speakers?: number;
  /** Adds a `durations` output (frames per id: 1 for `_`, 3 for the rest). */
  durations?: boolean;
  /**
   * Extra work per id (benchmarks): this many [samplesPerId × samplesPerId]
   * MatMul + Tanh layers whose result is multiplied by 0, so the audio is
   * unchanged but `session.run` costs about what a real voice's does.
   */
  computeLayers?: number;
  /** Declared type of the `input` tensor (to test wrong signatures). Default int64. */
  inputType?: OnnxElementType;
  /** Extra or replaced config fields, merged into the top level. */
  config?: Record<string, unknown>;
};

export type TinyVoiceFiles = { name: string; modelPath: string; configPath: string };

/**
 * Writes a Piper voice whose model has Piper's exact signature (`input`
 * int64 [1,N], `input_lengths` int64 [1], `scales` float32 [3], optional
 * `sid` int64 [1] → `output` float32 [1,1,1,T]) and a tiny body: each id
 * becomes `samplesPerId` samples of a square wave whose amplitude is
 * `(id + 1) / 1024`, multiplied by the product of the three scales and by
 * `sid + 1`. So T = N × samplesPerId, the first sample of each block encodes
 * its id, and every scale visibly reaches the graph.
 */
export async function writeTinyPiperVoice(
  options: TinyPiperVoiceOptions,
): Promise<TinyVoiceFiles> {
  const name = options.name ?? 'en_US-tiny-test';
  const samplesPerId = options.samplesPerId ?? 256;
  const speakers = options.speakers ?? 1;
  const nodes: OnnxNode[] = [
    { opType: 'Gather', inputs: ['table', 'input'], outputs: ['blocks'] },
    {
      opType: 'ReduceProd',
      inputs: ['scales'],
      outputs: ['scale'],
      attributes: { keepdims: { int: 0 } },
    },
    { opType: 'Mul', inputs: ['blocks', 'scale'], outputs: ['scaled'] },
  ];
  let last = 'scaled';
  const layers = options.computeLayers ?? 0;
  if (layers > 0) {
    let hidden = 'blocks';
    for (let layer = 0; layer < layers; layer++) {
      nodes.push(
        { opType: 'MatMul', inputs: [hidden, 'weights'], outputs: [`product_${layer}`] },
        { opType: 'Tanh', inputs: [`product_${layer}`], outputs: [`hidden_${layer}`] },
      );
      hidden = `hidden_${layer}`;
    }
    nodes.push(
      {
        opType: 'ReduceSum',
        inputs: [hidden],
        outputs: ['work'],
        attributes: { keepdims: { int: 0 } },
      },
      { opType: 'Mul', inputs: ['work', 'zero'], outputs: ['nothing'] },
      { opType: 'Add', inputs: [last, 'nothing'], outputs: ['worked'] },
    );
    last = 'worked';
  }
  if (speakers > 1) {
    nodes.push(
      {
        opType: 'Cast',
        inputs: ['sid'],
        outputs: ['sid_float'],
        attributes: { to: { int: 1 } },
      },
      { opType: 'Add', inputs: ['sid_float', 'one'], outputs: ['speaker_gain'] },
      { opType: 'Mul', inputs: [last, 'speaker_gain'], outputs: ['spoken'] },
    );
    last = 'spoken';
  }
  nodes.push({ opType: 'Reshape', inputs: [last, 'output_shape'], outputs: ['output'] });
  if (options.durations) {
    nodes.push({ opType: 'Gather', inputs: ['frames', 'input'], outputs: ['durations'] });
  }
  const model = writeOnnxModel({
    name: 'tiny-piper',
    inputs: [
      { name: 'input', type: options.inputType ?? 'int64', shape: [1, 'phonemes'] },
      { name: 'input_lengths', type: 'int64', shape: [1] },
      { name: 'scales', type: 'float32', shape: [3] },
      ...(speakers > 1 ? [{ name: 'sid', type: 'int64' as const, shape: [1] }] : []),
    ],
    outputs: [
      { name: 'output', type: 'float32', shape: [1, 1, 1, 'time'] },
      ...(options.durations
        ? [{ name: 'durations', type: 'float32' as const, shape: [1, 'phonemes'] }]
        : []),
    ],
    initializers: [
      idWaveformTable({ name: 'table', ids: PHONEME_SYMBOLS.length, samplesPerId }),
      {
        name: 'output_shape',
        type: 'int64',
        dims: [4],
        values: BigInt64Array.from([1n, 1n, 1n, -1n]),
      },
      ...(layers > 0
        ? [
            {
              name: 'zero',
              type: 'float32' as const,
              dims: [],
              values: Float32Array.of(0),
            },
            {
              name: 'weights',
              type: 'float32' as const,
              dims: [samplesPerId, samplesPerId],
              values: Float32Array.from(
                { length: samplesPerId * samplesPerId },
                (_, index) => Math.sin(index) / samplesPerId,
              ),
            },
          ]
        : []),
      ...(speakers > 1
        ? [
            {
              name: 'one',
              type: 'float32' as const,
              dims: [],
              values: Float32Array.of(1),
            },
          ]
        : []),
      ...(options.durations
        ? [
            {
              name: 'frames',
              type: 'float32' as const,
              dims: [PHONEME_SYMBOLS.length],
              values: Float32Array.from(PHONEME_SYMBOLS, (symbol) =>
                symbol === '_' ? 1 : 3,
              ),
            },
          ]
        : []),
    ],
    nodes,
  });
  const config = {
    audio: { sample_rate: options.sampleRate ?? 22_050, quality: 'x_low' },
    espeak: { voice: 'en-us' },
    language: { code: 'en_US', family: 'en', region: 'US' },
    dataset: 'tiny-test',
    inference: { noise_scale: 0.667, length_scale: 1, noise_w: 0.8 },
    phoneme_type: 'espeak',
    phoneme_id_map: piperPhonemeIdMap(),
    num_symbols: PHONEME_SYMBOLS.length,
    num_speakers: speakers,
    speaker_id_map:
      speakers > 1
        ? Object.fromEntries(
            Array.from({ length: speakers }, (_, id) => [`speaker${id}`, id]),
          )
        : {},
    piper_version: '1.0.0',
    ...options.config,
  };
  await mkdir(options.directory, { recursive: true });
  const modelPath = join(options.directory, `${name}.onnx`);
  const configPath = `${modelPath}.json`;
  await writeFile(modelPath, model);
  await writeFile(configPath, `${JSON.stringify(config, null, 2)}\n`);
  return { name, modelPath, configPath };
}
