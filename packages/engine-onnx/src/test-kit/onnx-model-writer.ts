import { ProtobufWriter } from './protobuf-writer';

/** Element types the test models use, with their ONNX `TensorProto.DataType`. */
const DATA_TYPES = { float32: 1, int32: 6, int64: 7 } as const;

export type OnnxElementType = keyof typeof DATA_TYPES;

/** A graph input or output: a name, an element type and a shape (numbers or symbolic names). */
export type OnnxValueInfo = {
  name: string;
  type: OnnxElementType;
  shape: ReadonlyArray<number | string>;
};

/** A constant tensor (an initializer or a node attribute). */
export type OnnxTensor = {
  name?: string;
  type: OnnxElementType;
  dims: readonly number[];
  values: Float32Array | Int32Array | BigInt64Array;
};

export type OnnxAttribute =
  | { int: number }
  | { ints: readonly number[] }
  | { float: number }
  | { tensor: OnnxTensor };

export type OnnxNode = {
  opType: string;
  inputs: readonly string[];
  outputs: readonly string[];
  attributes?: Record<string, OnnxAttribute>;
};

export type OnnxGraph = {
  name: string;
  inputs: readonly OnnxValueInfo[];
  outputs: readonly OnnxValueInfo[];
  initializers?: readonly (OnnxTensor & { name: string })[];
  nodes: readonly OnnxNode[];
};

function writeTensor(writer: ProtobufWriter, tensor: OnnxTensor): void {
  for (const dim of tensor.dims) writer.varint(1, dim);
  writer.varint(2, DATA_TYPES[tensor.type]);
  if (tensor.name !== undefined) writer.string(8, tensor.name);
  const { buffer, byteOffset, byteLength } = tensor.values;
  // raw_data is little-endian, like every machine Node runs on.
  writer.bytes(9, new Uint8Array(buffer, byteOffset, byteLength));
}

function writeValueInfo(writer: ProtobufWriter, value: OnnxValueInfo): void {
  writer.string(1, value.name);
  writer.message(2, (type) =>
    type.message(1, (tensorType) => {
      tensorType.varint(1, DATA_TYPES[value.type]);
      tensorType.message(2, (shape) => {
        for (const dim of value.shape) {
          shape.message(1, (dimension) =>
            typeof dim === 'number' ? dimension.varint(1, dim) : dimension.string(2, dim),
          );
        }
      });
    }),
  );
}

function writeAttribute(
  writer: ProtobufWriter,
  options: { name: string; attribute: OnnxAttribute },
): void {
  const { name, attribute } = options;
  writer.string(1, name);
  if ('int' in attribute) writer.varint(3, attribute.int).varint(20, 2);
  else if ('float' in attribute) writer.float(2, attribute.float).varint(20, 1);
  else if ('ints' in attribute) {
    for (const value of attribute.ints) writer.varint(8, value);
    writer.varint(20, 7);
  } else
    writer.message(5, (tensor) => writeTensor(tensor, attribute.tensor)).varint(20, 4);
}

function writeNode(
  writer: ProtobufWriter,
  options: { node: OnnxNode; index: number },
): void {
  const { node, index } = options;
  for (const input of node.inputs) writer.string(1, input);
  for (const output of node.outputs) writer.string(2, output);
  writer.string(3, `${node.opType.toLowerCase()}_${index}`);
  writer.string(4, node.opType);
  for (const [name, attribute] of Object.entries(node.attributes ?? {})) {
    writer.message(5, (nested) => writeAttribute(nested, { name, attribute }));
  }
}

/**
 * Serializes a graph as an ONNX `ModelProto` (IR version 8, default-domain
 * opset 15), ready for `InferenceSession.create(bytes)` or a `.onnx` file.
 */
export function writeOnnxModel(graph: OnnxGraph): Uint8Array {
  const model = new ProtobufWriter();
  model.varint(1, 8);
  model.string(2, 'ttskit-test-kit');
  model.message(7, (writer) => {
    for (const [index, node] of graph.nodes.entries()) {
      writer.message(1, (nested) => writeNode(nested, { node, index }));
    }
    writer.string(2, graph.name);
    for (const initializer of graph.initializers ?? []) {
      writer.message(5, (nested) => writeTensor(nested, initializer));
    }
    for (const input of graph.inputs)
      writer.message(11, (nested) => writeValueInfo(nested, input));
    for (const output of graph.outputs)
      writer.message(12, (nested) => writeValueInfo(nested, output));
  });
  model.message(8, (opset) => opset.string(1, '').varint(2, 15));
  return model.finish();
}
