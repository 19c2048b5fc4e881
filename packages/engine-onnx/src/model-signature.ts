import type { InferenceSession, Tensor } from 'onnxruntime-node';
import type { ModelInputs } from './voice-model';

type TensorConstructor = typeof Tensor;

/** Where each value goes in a loaded model, checked against Piper's or Kokoro's signature. */
export type ModelSignature = {
  kind: 'piper' | 'kokoro';
  idsInput: string;
  inputNames: ReadonlySet<string>;
  audioOutput: string;
  durationOutput: string | undefined;
};

export class SignatureError extends Error {}

type Metadata = readonly InferenceSession.ValueMetadata[];

function expectInput(options: {
  inputs: Metadata;
  names: readonly string[];
  type: Tensor.Type;
  kind: string;
}): string {
  const { inputs, names, type, kind } = options;
  const found = inputs.find((input) => names.includes(input.name));
  if (!found) {
    const have = inputs.map((input) => input.name).join(', ');
    throw new SignatureError(
      `a ${kind} model needs an input ${names.map((name) => `"${name}"`).join(' or ')} (${type}); this model's inputs are ${have}`,
    );
  }
  if (found.isTensor && found.type !== type) {
    throw new SignatureError(
      `input "${found.name}" is ${found.type}; a ${kind} model's "${found.name}" is ${type}`,
    );
  }
  return found.name;
}

/** Checks the inputs and outputs of a loaded model; throws `SignatureError` when they do not fit. */
export function readSignature(options: {
  kind: 'piper' | 'kokoro';
  inputs: Metadata;
  outputs: Metadata;
}): ModelSignature {
  const { kind, inputs, outputs } = options;
  const label = kind === 'piper' ? 'Piper' : 'Kokoro';
  const check = (names: readonly string[], type: Tensor.Type) =>
    expectInput({ inputs, names, type, kind: label });
  let idsInput: string;
  if (kind === 'piper') {
    idsInput = check(['input'], 'int64');
    check(['input_lengths'], 'int64');
    check(['scales'], 'float32');
    if (inputs.some((input) => input.name === 'sid')) check(['sid'], 'int64');
  } else {
    idsInput = check(['input_ids', 'tokens'], 'int64');
    check(['style'], 'float32');
    check(['speed'], 'float32');
  }
  const durationOutput = outputs.find((output) => /duration/i.test(output.name))?.name;
  const audio =
    outputs.find((output) => ['output', 'waveform', 'audio'].includes(output.name)) ??
    outputs.find((output) => output.name !== durationOutput);
  if (!audio) throw new SignatureError(`a ${label} model needs an audio output`);
  if (audio.isTensor && audio.type !== 'float32')
    throw new SignatureError(
      `output "${audio.name}" is ${audio.type}; audio must be float32`,
    );
  return {
    kind,
    idsInput,
    inputNames: new Set(inputs.map((input) => input.name)),
    audioOutput: audio.name,
    durationOutput,
  };
}

/** The feeds of one run. */
export function buildFeeds(options: {
  signature: ModelSignature;
  inputs: ModelInputs;
  Tensor: TensorConstructor;
}): Record<string, Tensor> {
  const { signature, inputs, Tensor } = options;
  const count = inputs.ids.length;
  const ids = new Tensor('int64', BigInt64Array.from(inputs.ids, BigInt), [1, count]);
  if (inputs.kind === 'kokoro') {
    return {
      [signature.idsInput]: ids,
      style: new Tensor('float32', inputs.style, [1, inputs.style.length]),
      speed: new Tensor('float32', Float32Array.of(inputs.speed), [1]),
    };
  }
  const feeds: Record<string, Tensor> = {
    [signature.idsInput]: ids,
    input_lengths: new Tensor('int64', BigInt64Array.of(BigInt(count)), [1]),
    scales: new Tensor('float32', Float32Array.from(inputs.scales), [3]),
  };
  if (signature.inputNames.has('sid')) {
    feeds.sid = new Tensor('int64', BigInt64Array.of(BigInt(inputs.speakerId ?? 0)), [1]);
  }
  return feeds;
}
