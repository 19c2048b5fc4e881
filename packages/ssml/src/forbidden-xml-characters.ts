/**
 * Character class (as regular-expression source) of the characters XML 1.0
 * forbids anywhere: C0 controls other than tab, newline and carriage return,
 * and U+FFFE, U+FFFF.
 */
export const forbiddenXmlCharacterClass =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF';

/** Matches one character XML forbids. */
export const forbiddenXmlCharacter = new RegExp(`[${forbiddenXmlCharacterClass}]`);
