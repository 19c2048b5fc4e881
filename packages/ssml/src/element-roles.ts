/**
 * Elements that separate words: their content never runs into the text
 * around them (`<s>Hi</s><s>there</s>` is "Hi there").
 */
export const boundaryElements: ReadonlySet<string> = new Set([
  'speak',
  'p',
  's',
  'voice',
  'break',
  'audio',
  'media',
  'par',
  'seq',
]);

/** Elements whose content is never spoken (`mark` and `break` are empty anyway). */
export const silentElements: ReadonlySet<string> = new Set([
  'desc',
  'lexicon',
  'metadata',
  'meta',
  'mark',
  'break',
]);

/** The alias a `sub` element speaks instead of its content, if it has one. */
export function substitutionAlias(element: {
  name: string;
  attributes: Record<string, string>;
}): string | undefined {
  if (element.name !== 'sub' || !Object.hasOwn(element.attributes, 'alias'))
    return undefined;
  return element.attributes.alias;
}
