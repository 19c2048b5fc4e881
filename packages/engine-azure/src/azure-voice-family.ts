import type { AzureVoiceFamily } from '@ttskit/ssml';

/**
 * The voice family a voice name belongs to, as `@ttskit/ssml` tells it:
 * `en-US-Ava:DragonHDOmniLatestNeural` → `dragon-hd-omni`,
 * `en-US-Ava:DragonHDLatestNeural` → `dragon-hd`, anything else `neural`.
 */
export function azureVoiceFamily(voice: string): AzureVoiceFamily {
  if (/:DragonHDOmni/i.test(voice)) return 'dragon-hd-omni';
  if (/:DragonHD/i.test(voice)) return 'dragon-hd';
  return 'neural';
}
