/**
 * Some Azure voice names, for autocompletion; any other name works too
 * (`provider.voices()` lists them all).
 */
export type AzureVoiceId =
  | 'en-US-AvaMultilingualNeural'
  | 'en-US-AndrewMultilingualNeural'
  | 'en-US-EmmaMultilingualNeural'
  | 'en-US-BrianMultilingualNeural'
  | 'en-US-JennyNeural'
  | 'en-US-GuyNeural'
  | 'en-US-AriaNeural'
  | 'en-US-DavisNeural'
  | 'en-US-Ava:DragonHDLatestNeural'
  | 'en-US-Andrew:DragonHDLatestNeural'
  | 'en-GB-SoniaNeural'
  | 'en-GB-RyanNeural'
  | 'de-DE-KatjaNeural'
  | 'de-DE-ConradNeural'
  | 'de-DE-SeraphinaMultilingualNeural'
  | 'fr-FR-DeniseNeural'
  | 'fr-FR-HenriNeural'
  | 'es-ES-ElviraNeural'
  | 'it-IT-ElsaNeural'
  | 'ja-JP-NanamiNeural'
  | 'zh-CN-XiaoxiaoNeural'
  | 'zh-CN-YunxiNeural';
