import type { KnownElementName } from '../elements/element-names';
import { remove, unwrap } from './capability-rules';
import type { DropRule } from './capability-types';

/** Elements that never have content: dropping them loses no text. */
const emptyElements: ReadonlySet<string> = new Set([
  'break',
  'mark',
  'bookmark',
  'lexicon',
  'meta',
  'amazon:breath',
  'mstts:silence',
  'mstts:backgroundaudio',
  'mstts:audioduration',
  'mstts:viseme',
]);

export const amazonExtensionNames = [
  'amazon:effect',
  'amazon:domain',
  'amazon:breath',
  'amazon:auto-breaths',
] as const;

export const googleExtensionNames = ['par', 'seq', 'media', 'google:style'] as const;

export const microsoftExtensionNames = [
  'mstts:express-as',
  'mstts:silence',
  'mstts:backgroundaudio',
  'mstts:audioduration',
  'mstts:viseme',
] as const;

/**
 * Rules for elements a target does not have: empty elements are removed,
 * the others unwrapped (their text is spoken without the tag). `reason`
 * defaults to "`target` has no <name>".
 */
export function unsupportedElements<Name extends KnownElementName>(
  names: readonly Name[],
  reason: (name: Name) => string,
): Record<Name, DropRule> {
  const rules = {} as Record<Name, DropRule>;
  for (const name of names)
    rules[name] = emptyElements.has(name) ? remove(reason(name)) : unwrap(reason(name));
  return rules;
}

/** `reason` for `unsupportedElements`: "Polly has no <mstts:silence>". */
export function hasNo(target: string): (name: string) => string {
  return (name) => `${target} has no <${name}>`;
}
