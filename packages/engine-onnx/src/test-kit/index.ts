export {
  type OnnxAttribute,
  type OnnxElementType,
  type OnnxGraph,
  type OnnxNode,
  type OnnxTensor,
  type OnnxValueInfo,
  writeOnnxModel,
} from './onnx-model-writer';
export { PHONEME_SYMBOLS, piperPhonemeIdMap } from './phoneme-symbols';
export {
  type TinyKokoroFiles,
  type TinyKokoroModelOptions,
  writeTinyKokoroModel,
} from './tiny-kokoro-model';
export {
  type TinyPiperVoiceOptions,
  type TinyVoiceFiles,
  writeTinyPiperVoice,
} from './tiny-piper-voice';
