/**
 * Polly's language codes as BCP-47 tags: most are already (`en-US`), a few
 * use ISO 639-3 codes that have a canonical alias (`arb` → `ar`,
 * `cmn-CN` → `zh-CN`). Unknown or malformed codes are kept as given.
 */
export function toBcp47(languageCode: string): string {
  try {
    return Intl.getCanonicalLocales(languageCode)[0] ?? languageCode;
  } catch {
    return languageCode;
  }
}
