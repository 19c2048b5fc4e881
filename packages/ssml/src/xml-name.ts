// XML 1.0 (fifth edition) NameStartChar and NameChar.
const nameStart =
  ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
const nameRest = `${nameStart}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const namePattern = new RegExp(`^[${nameStart}][${nameRest}]*$`, 'u');

/** Whether `name` is an XML Name (prefixed names such as `amazon:effect` included). */
export function isXmlName(name: string): boolean {
  const length = name.length;
  if (length === 0) return false;
  // ASCII fast path: letters, `_`, `:` first; then also digits, `-`, `.`.
  for (let index = 0; index < length; index++) {
    const code = name.charCodeAt(index);
    const isLetter =
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      code === 95 ||
      code === 58;
    if (isLetter) continue;
    const isOther = (code >= 48 && code <= 57) || code === 45 || code === 46;
    if (isOther && index > 0) continue;
    return code >= 0x80 && namePattern.test(name);
  }
  return true;
}
