import type { VoiceV1 } from '@ttskit/core/spec';
import { describeKokoroVoice } from './kokoro-model-config';
import { readPiperVoiceConfig } from './piper-voice-config';
import type { VoiceEntry } from './voice-catalog';

/** `en_US-lessac-medium` → `en-US` (Piper's naming), if the name follows it. */
function languageFromName(name: string): string[] {
  const match = /^([a-z]{2,3})_([A-Z]{2})-/.exec(name);
  return match ? [`${match[1]}-${match[2]}`] : [];
}

/** A voice as `VoiceV1`; a Piper voice whose config cannot be read is still listed, from its name. */
export function describeVoice(entry: VoiceEntry): VoiceV1 {
  if (entry.kind === 'kokoro') {
    const { language, gender } = describeKokoroVoice(entry.voiceName);
    return {
      id: entry.id,
      name: `Kokoro ${entry.voiceName}`,
      engine: 'onnx',
      languages: [language],
      ...(gender ? { gender } : {}),
    };
  }
  try {
    const config = readPiperVoiceConfig(entry.configPath);
    const details = [
      config.quality,
      config.numSpeakers > 1 ? `${config.numSpeakers} speakers` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return {
      id: entry.id,
      name: `Piper ${config.dataset ?? entry.id}${details ? ` (${details})` : ''}`,
      engine: 'onnx',
      languages: config.language ? [config.language] : languageFromName(entry.id),
    };
  } catch {
    return {
      id: entry.id,
      name: `Piper ${entry.id}`,
      engine: 'onnx',
      languages: languageFromName(entry.id),
    };
  }
}
