import type { OnnxTensor } from './onnx-model-writer';

/**
 * A float32 [ids, samplesPerId] table: row `id` is a square wave of
 * amplitude `(id + 1) / 1024` (period 2–16 samples, by id) starting high, so
 * the first sample of a block tells which id produced it.
 */
export function idWaveformTable(options: {
  name: string;
  ids: number;
  samplesPerId: number;
}): OnnxTensor & { name: string } {
  const { ids, samplesPerId } = options;
  const values = new Float32Array(ids * samplesPerId);
  for (let id = 0; id < ids; id++) {
    const amplitude = (id + 1) / 1024;
    const halfPeriod = 1 + (id % 8);
    for (let sample = 0; sample < samplesPerId; sample++) {
      const high = Math.floor(sample / halfPeriod) % 2 === 0;
      values[id * samplesPerId + sample] = high ? amplitude : -amplitude;
    }
  }
  return { name: options.name, type: 'float32', dims: [ids, samplesPerId], values };
}
