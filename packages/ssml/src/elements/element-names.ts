/** Elements of W3C SSML 1.1. */
export const w3cElementNames = [
  'speak',
  'p',
  's',
  'break',
  'prosody',
  'emphasis',
  'say-as',
  'sub',
  'phoneme',
  'voice',
  'lang',
  'mark',
  'audio',
  'desc',
  'lexicon',
  'lookup',
  'meta',
  'metadata',
  'token',
  'w',
] as const;

/** Vendor extensions users actually send, by the prefix the vendors document. */
export const vendorElementNames = [
  'amazon:effect',
  'amazon:domain',
  'amazon:breath',
  'amazon:auto-breaths',
  'par',
  'seq',
  'media',
  'google:style',
  'mstts:express-as',
  'mstts:silence',
  'mstts:backgroundaudio',
  'mstts:audioduration',
  'mstts:viseme',
  'bookmark',
] as const;

export type W3cElementName = (typeof w3cElementNames)[number];
export type VendorElementName = (typeof vendorElementNames)[number];
/** Every element ttskit knows; others are kept (their text spoken) with a warning. */
export type KnownElementName = W3cElementName | VendorElementName;

export const knownElementNames: readonly KnownElementName[] = [
  ...w3cElementNames,
  ...vendorElementNames,
];

const known: ReadonlySet<string> = new Set(knownElementNames);

export function isKnownElementName(name: string): name is KnownElementName {
  return known.has(name);
}
