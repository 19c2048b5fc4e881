import {
  type DialectCapabilities,
  type GoogleVoiceFamily,
  getDialectCapabilities,
} from '@ttskit/ssml';

export type { GoogleVoiceFamily } from '@ttskit/ssml';

/**
 * `@ttskit/ssml`'s capability table for a Google voice: its family (told
 * from the name, `en-US-Chirp3-HD-Charon` → `chirp3-hd`; `neural2` when the
 * name tells none), whether it takes SSML, and the request limit.
 */
export function googleDialectCapabilities(voice: string): DialectCapabilities {
  return getDialectCapabilities({ dialect: 'google', voice });
}

export function googleVoiceFamily(voice: string): GoogleVoiceFamily {
  return googleDialectCapabilities(voice).family as GoogleVoiceFamily;
}

/** The locale a voice name starts with: `en-US-Neural2-F` → `en-US`, `cmn-CN-Wavenet-A` → `cmn-CN`. */
export function googleVoiceLocale(voice: string): string | undefined {
  return /^([a-z]{2,3}-[A-Za-z0-9]{2,4})-/.exec(voice)?.[1];
}
