const textSpecial = /[&<>]/;
const textSpecialGlobal = /[&<>]/g;
const attributeSpecial = /[&<"\t\n\r]/;
const attributeSpecialGlobal = /[&<"\t\n\r]/g;

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const replaceSpecial = (character: string) => escapes[character] as string;

/** Escapes character data: `&`, `<` and `>`. */
export function escapeXmlText(text: string): string {
  return textSpecial.test(text) ? text.replace(textSpecialGlobal, replaceSpecial) : text;
}

/**
 * Escapes a value for a double-quoted attribute: `&`, `<`, `"`, and tab,
 * newline and carriage return as character references (a parser would
 * otherwise normalise them to spaces).
 */
export function escapeXmlAttribute(value: string): string {
  return attributeSpecial.test(value)
    ? value.replace(attributeSpecialGlobal, replaceSpecial)
    : value;
}
