import { azureCapabilities } from './azure-capabilities';
import type {
  AzureVoiceFamily,
  DialectCapabilities,
  GoogleVoiceFamily,
  PollyVoiceFamily,
} from './capability-types';
import { googleCapabilities } from './google-capabilities';
import { pollyCapabilities } from './polly-capabilities';
import {
  detectAzureVoiceFamily,
  detectGoogleVoiceFamily,
  detectPollyVoiceFamily,
} from './voice-family-detection';
import { w3cCapabilities } from './w3c-capabilities';

/**
 * Which table to read. The family comes from `family`, else from the
 * `voice` name (Google: `en-US-Chirp3-HD-Charon`; Azure:
 * `en-US-Ava:DragonHDLatestNeural`), else the default: Google `neural2`,
 * Azure `neural`, Polly `neural` (Polly voice names do not tell the engine).
 */
export type DialectCapabilitiesOptions =
  | { dialect: 'w3c'; voice?: string | undefined }
  | {
      dialect: 'google';
      voice?: string | undefined;
      family?: GoogleVoiceFamily | undefined;
    }
  | {
      dialect: 'azure';
      voice?: string | undefined;
      family?: AzureVoiceFamily | undefined;
    }
  | {
      dialect: 'polly';
      voice?: string | undefined;
      family?: PollyVoiceFamily | undefined;
    };

export const googleVoiceFamilies: readonly GoogleVoiceFamily[] = [
  'standard',
  'wavenet',
  'neural2',
  'news',
  'casual',
  'polyglot',
  'studio',
  'journey',
  'chirp-hd',
  'chirp3-hd',
];
export const azureVoiceFamilies: readonly AzureVoiceFamily[] = [
  'neural',
  'dragon-hd',
  'dragon-hd-omni',
];
export const pollyVoiceFamilies: readonly PollyVoiceFamily[] = [
  'standard',
  'neural',
  'long-form',
  'generative',
];

/**
 * What a vendor dialect and voice family accept: per element and attribute
 * whether it passes, converts, clamps or drops, and the request limits.
 * The same tables drive `serializeSsml`, so engines can declare their
 * capabilities from them.
 */
export function getDialectCapabilities(
  options: DialectCapabilitiesOptions,
): DialectCapabilities {
  const { voice } = options;
  switch (options.dialect) {
    case 'w3c':
      return w3cCapabilities;
    case 'google':
      return googleCapabilities(
        checkFamily(
          options.family ??
            (voice === undefined ? undefined : detectGoogleVoiceFamily(voice)),
          googleVoiceFamilies,
        ) ?? 'neural2',
      );
    case 'azure':
      return azureCapabilities(
        checkFamily(
          options.family ??
            (voice === undefined ? undefined : detectAzureVoiceFamily(voice)),
          azureVoiceFamilies,
        ) ?? 'neural',
      );
    case 'polly':
      return pollyCapabilities(
        checkFamily(
          options.family ??
            (voice === undefined ? undefined : detectPollyVoiceFamily(voice)),
          pollyVoiceFamilies,
        ) ?? 'neural',
      );
    default:
      throw new RangeError(
        `[ttskit] [ssml] no capability table for dialect "${String((options as { dialect: unknown }).dialect)}" (expected w3c, google, azure or polly)`,
      );
  }
}

function checkFamily<Family extends string>(
  family: Family | undefined,
  families: readonly Family[],
): Family | undefined {
  if (family === undefined || families.includes(family)) return family;
  throw new TypeError(
    `[ttskit] [ssml] unknown voice family "${family}" (expected ${families.join(', ')})`,
  );
}
