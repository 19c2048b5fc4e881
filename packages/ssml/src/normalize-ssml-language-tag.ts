import { trimXmlWhitespace } from './normalize-ssml-values';

const languageTagShape = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const alreadyCanonical = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

/**
 * A BCP 47 language tag (`xml:lang`, Google's `voice language`) in the
 * case BCP 47 recommends: `EN-us` → `en-US`, `zh-hant-tw` → `zh-Hant-TW`.
 * Tags are case-insensitive, so this changes no meaning. Only case changes:
 * no aliasing (`iw` stays `iw`), and anything not shaped like a tag
 * (`en_US`, empty) is only trimmed.
 */
export function normalizeLanguageTag(value: string): string {
  const text = trimXmlWhitespace(value);
  if (alreadyCanonical.test(text) || !languageTagShape.test(text)) return text;
  const subtags = text.split('-');
  let result = (subtags[0] as string).toLowerCase();
  // After a singleton (`x-`, `u-`…) come extensions and private use: lower case.
  let extension = result.length === 1;
  for (let index = 1; index < subtags.length; index++) {
    const subtag = subtags[index] as string;
    let cased: string;
    if (extension || subtag.length === 1) {
      extension = true;
      cased = subtag.toLowerCase();
    } else if (subtag.length === 2) {
      cased = subtag.toUpperCase();
    } else if (subtag.length === 4) {
      cased = subtag.charAt(0).toUpperCase() + subtag.slice(1).toLowerCase();
    } else {
      cased = subtag.toLowerCase();
    }
    result += `-${cased}`;
  }
  return result === text ? text : result;
}
