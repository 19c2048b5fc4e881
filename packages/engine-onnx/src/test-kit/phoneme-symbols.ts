/**
 * The symbols of Piper's phoneme set for espeak voices, in order: padding,
 * begin and end markers, space and punctuation, Latin letters, the IPA
 * letters and marks espeak-ng produces, digits and combining diacritics.
 * Ids are positions in this list. Test models use it as a realistic
 * `phoneme_id_map` (Kokoro's vocabulary is built from it without `^ $`).
 */
export const PHONEME_SYMBOLS: readonly string[] = [
  '_',
  '^',
  '$',
  ' ',
  ...`!'(),-.:;?`,
  ...'abcdefhijklmnopqrstuvwxyz',
  ...'æçðøħŋœǀǁǂǃɐɑɒɓɔɕɖɗɘəɚɛɜɞɟɠɡɢɣɤɥɦɧɨɪɫɬɭɮɯɰɱɲɳɴɵɶɸɹɺɻɽɾʀʁʂʃʄʈʉʊʋʌʍʎʏʐʑʒʔʕʘʙʛʜʝʟʡʢʲˈˌːˑ˞βθχᵻⱱ',
  ...'0123456789',
  '\u0327',
  '\u0303',
  '\u032a',
  '\u032f',
  '\u0329',
  'ʰ',
  'ˤ',
  'ε',
  '↓',
  '#',
  '"',
  '↑',
  '\u033a',
  '\u033b',
  'g',
  'ʦ',
  'X',
];

/** `phoneme_id_map` of a Piper voice config: symbol → [id]. */
export function piperPhonemeIdMap(
  symbols: readonly string[] = PHONEME_SYMBOLS,
): Record<string, number[]> {
  return Object.fromEntries(symbols.map((symbol, index) => [symbol, [index]]));
}
