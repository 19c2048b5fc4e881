import type { KnownElementName } from './element-names';

/**
 * Child lists shared by content models. The W3C lists follow SSML 1.1
 * ("The s element can only contain text to be rendered and the following
 * elements: audio, break, emphasis, lang, lookup, mark, phoneme, prosody,
 * say-as, sub, token, voice, w"); vendor extensions are allowed wherever
 * their vendor documents them (inline, around text).
 */

/** Vendor elements that sit inline, around or between words. */
export const vendorInlineElements = [
  'amazon:effect',
  'amazon:domain',
  'amazon:breath',
  'amazon:auto-breaths',
  'google:style',
  'mstts:express-as',
  'mstts:silence',
  'mstts:viseme',
  'mstts:audioduration',
  'bookmark',
] as const satisfies readonly KnownElementName[];

/** Content of `s` and `emphasis` (SSML 1.1), plus vendor inline elements. */
export const sentenceContent: readonly KnownElementName[] = [
  'audio',
  'break',
  'emphasis',
  'lang',
  'lookup',
  'mark',
  'phoneme',
  'prosody',
  'say-as',
  'sub',
  'token',
  'voice',
  'w',
  ...vendorInlineElements,
];

/** Content of `p`: the sentence content plus `s`. */
export const paragraphContent: readonly KnownElementName[] = [...sentenceContent, 's'];

/** Content of `voice`, `prosody`, `lang`, `lookup` and vendor wrappers: plus `p`. */
export const blockContent: readonly KnownElementName[] = [...paragraphContent, 'p'];

/** Content of `token` and `w` (SSML 1.1), plus the vendor marks and breaths. */
export const tokenContent: readonly KnownElementName[] = [
  'audio',
  'break',
  'emphasis',
  'mark',
  'phoneme',
  'prosody',
  'say-as',
  'sub',
  'bookmark',
  'amazon:breath',
];

/** Content of `speak`: everything but `speak` and `desc`. */
export const speakContent: readonly KnownElementName[] = [
  ...blockContent,
  'lexicon',
  'meta',
  'metadata',
  'par',
  'seq',
  'media',
  'mstts:backgroundaudio',
];

/** Content of `audio`: its fallback, which may hold `desc`. */
export const audioContent: readonly KnownElementName[] = [...blockContent, 'desc'];
