/**
 * Turns espeak-ng's IPA output (`h_ə_l_ˈoʊ w_ˈɜː_l_d | d_ˈɑː_k_t_ɚ`) into
 * clauses in the form Piper voices were trained on: one string per clause,
 * words separated by single spaces, phonemes not separated
 * (`['həlˈoʊ wˈɜːld', 'dˈɑːktɚ']`). Language-switch flags such as `(en)` are
 * removed; punctuation is not in espeak's output, so none is re-added here.
 */
export function parseEspeakIpa(raw: string): string[] {
  const clauses: string[] = [];
  for (const clause of raw.split('|')) {
    const words = clause
      .replace(/\([a-z]{2,3}(?:-[a-z0-9]+)*\)/gi, '')
      .replace(/_/g, '')
      .split(/\s+/)
      .filter((word) => word.length > 0);
    if (words.length > 0) clauses.push(words.join(' '));
  }
  return clauses;
}
