import { forbiddenXmlCharacterClass } from '../forbidden-xml-characters';
import { escapeXmlAttribute } from '../xml-escape';
import { isXmlName } from '../xml-name';
import { SsmlBuilderError } from './ssml-builder-error';

// Characters XML cannot carry: forbidden controls, U+FFFE/U+FFFF, unpaired surrogates.
const unsafe = new RegExp(
  `[${forbiddenXmlCharacterClass}]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]`,
  'g',
);
const textSpecial = /[&<>\r]/g;
const textEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};

/**
 * Makes any string XML-safe: a forbidden control character (form feed,
 * vertical tab…, typical of text pasted from PDFs) becomes a space, so words
 * never merge; an unpaired surrogate becomes U+FFFD. Nothing is rejected:
 * callers pass untrusted text.
 */
export function sanitizeXmlCharacters(text: string): string {
  unsafe.lastIndex = 0;
  if (!unsafe.test(text)) return text;
  return text.replace(unsafe, (character) =>
    character.charCodeAt(0) >= 0xd800 && character.charCodeAt(0) <= 0xdfff
      ? '\uFFFD'
      : ' ',
  );
}

/** Character data: sanitized, with `&`, `<`, `>` (so `]]>` too) and CR escaped (CR would read back as LF). */
export function builderText(text: string): string {
  return sanitizeXmlCharacters(text).replace(
    textSpecial,
    (character) => textEscapes[character] as string,
  );
}

/** `<name a="…" b="…"` (without the closing `>`), every value sanitized and escaped. */
export function builderStartTag(
  name: string,
  attributes: ReadonlyArray<readonly [string, string]>,
): string {
  let tag = `<${name}`;
  for (const [attribute, value] of attributes)
    tag += ` ${attribute}="${escapeXmlAttribute(sanitizeXmlCharacters(value))}"`;
  return tag;
}

/** Throws unless `name` is an XML name (for element and attribute names callers choose). */
export function requireXmlName(option: string, name: unknown): string {
  // At most one colon, not at an end: what namespace-aware parsers accept.
  if (typeof name === 'string' && isXmlName(name) && /^[^:]+(?::[^:]+)?$/.test(name))
    return name;
  throw new SsmlBuilderError({ option, value: name, expected: 'an XML name' });
}
