import type { CutKind } from '@ttskit/ssml';

/**
 * How chunk audio is joined: each chunk's leading and trailing silence is
 * trimmed (keeping `marginMs`), then the pause for the kind of cut is
 * inserted, so a long text sounds as if it were spoken in one piece.
 */
export type StitchSettings = {
  /** Pause after a paragraph. Default 700 ms. */
  paragraphPauseMs?: number;
  /** Pause after a sentence. Default 350 ms. */
  sentencePauseMs?: number;
  /** Pause after a clause (a comma, a semicolon). Default 180 ms. */
  clausePauseMs?: number;
  /** Pause between words of a sentence cut in the middle. Default 40 ms. */
  wordPauseMs?: number;
  /** Silence kept at each trimmed edge. Default 15 ms. */
  marginMs?: number;
};

export type ResolvedStitchSettings = Required<StitchSettings>;

export function resolveStitchSettings(
  settings: StitchSettings = {},
): ResolvedStitchSettings {
  return {
    paragraphPauseMs: settings.paragraphPauseMs ?? 700,
    sentencePauseMs: settings.sentencePauseMs ?? 350,
    clausePauseMs: settings.clausePauseMs ?? 180,
    wordPauseMs: settings.wordPauseMs ?? 40,
    marginMs: settings.marginMs ?? 15,
  };
}

export function pauseAfter(
  settings: ResolvedStitchSettings,
  cut: CutKind | 'end',
): number {
  switch (cut) {
    case 'paragraph':
      return settings.paragraphPauseMs;
    case 'sentence':
      return settings.sentencePauseMs;
    case 'clause':
      return settings.clausePauseMs;
    case 'word':
      return settings.wordPauseMs;
    default:
      return 0;
  }
}
