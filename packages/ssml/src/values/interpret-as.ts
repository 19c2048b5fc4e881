/**
 * `say-as interpret-as` values vendors spell differently, mapped to one
 * canonical name. SSML 1.1 defines none; the names follow the W3C say-as
 * Note where it has one.
 */
const synonyms: Readonly<Record<string, string>> = {
  'spell-out': 'characters',
  verbatim: 'characters',
  letters: 'characters',
  number: 'cardinal',
  number_digit: 'digits',
  bleep: 'expletive',
  phone: 'telephone',
};

/** The canonical `interpret-as` name (`spell-out` → `characters`, `number` → `cardinal`). */
export function canonicalInterpretAs(value: string): string {
  const name = value.trim().toLowerCase();
  return Object.hasOwn(synonyms, name) ? (synonyms[name] as string) : name;
}
