import type {
  AzureVoiceFamily,
  GoogleVoiceFamily,
  PollyVoiceFamily,
} from './capability-types';

/** Voice-name segments of Google voice types, most specific first. */
const googlePatterns: ReadonlyArray<[RegExp, GoogleVoiceFamily]> = [
  [/-Chirp3-HD-/i, 'chirp3-hd'],
  [/-Chirp-HD-/i, 'chirp-hd'],
  [/-Journey-/i, 'journey'],
  [/-Studio-/i, 'studio'],
  [/-Neural2-/i, 'neural2'],
  [/-Wavenet-/i, 'wavenet'],
  [/-Standard-/i, 'standard'],
  [/-News-/i, 'news'],
  [/-Casual-/i, 'casual'],
  [/-Polyglot-/i, 'polyglot'],
];

/** The Google voice type a voice name belongs to (`en-US-Chirp3-HD-Charon` → `chirp3-hd`). */
export function detectGoogleVoiceFamily(voice: string): GoogleVoiceFamily | undefined {
  for (const [pattern, family] of googlePatterns) if (pattern.test(voice)) return family;
  return undefined;
}

/** The Azure voice type (`en-US-Ava:DragonHDLatestNeural` → `dragon-hd`). */
export function detectAzureVoiceFamily(voice: string): AzureVoiceFamily | undefined {
  if (/:DragonHDOmni/i.test(voice)) return 'dragon-hd-omni';
  if (/:DragonHD/i.test(voice)) return 'dragon-hd';
  if (/Neural$/i.test(voice)) return 'neural';
  return undefined;
}

/**
 * The Polly engine type from a voice id that names it (`Joanna:generative`
 * → `generative`), as `@ttskit/engine-polly` writes them; a bare name tells
 * nothing (Joanna exists on several engines).
 */
export function detectPollyVoiceFamily(voice: string): PollyVoiceFamily | undefined {
  const match = /:(standard|neural|long-form|generative)$/i.exec(voice);
  return match === null ? undefined : (match[1]?.toLowerCase() as PollyVoiceFamily);
}

/** The locale a vendor voice name starts with (`en-US-AvaNeural` → `en-US`). */
export function voiceLocale(voice: string): string | undefined {
  return /^([a-z]{2,3}-[A-Za-z]{2,4})-/.exec(voice)?.[1];
}
