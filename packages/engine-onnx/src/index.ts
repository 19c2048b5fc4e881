export { defaultVoicesDir } from './default-voices-dir';
export {
  type DownloadPiperVoiceOptions,
  downloadPiperVoice,
} from './download-piper-voice';
export {
  type DownloadProgress,
  type DownloadVoiceOptions,
  type DownloadVoiceResult,
  downloadVoice,
} from './download-voice';
export { createOnnxEngine, type OnnxEngineProvider } from './onnx-engine';
export type { OnnxEngineOptions } from './onnx-engine-options';
export type { OnnxEngineSettings } from './onnx-engine-settings';
export { OnnxVoiceError, type OnnxVoiceErrorReason } from './onnx-voice-error';
export type { OnnxPhonemizer } from './phonemizer';
export { VERSION } from './version';
export {
  VoiceDownloadError,
  type VoiceDownloadErrorReason,
} from './voice-download-error';
