export {
  type AzureEngineProvider,
  azure,
  createAzureEngine,
} from './azure-engine';
export type { AzureEngineSettings } from './azure-engine-settings';
export type { AzureVoice } from './azure-voice';
export type { AzureVoiceId } from './azure-voice-ids';
export type { SpeechSdk, SpeechSdkSource } from './speech-sdk';
export { VERSION } from './version';
