import type { KnownElementName } from '../elements/element-names';

/** Dialects whose lowering is driven by a capability table. */
export type CapabilityDialect = 'w3c' | 'google' | 'azure' | 'polly';

/** Google voice types, from the voice name (`en-US-Neural2-F`, `en-US-Chirp3-HD-Charon`). */
export type GoogleVoiceFamily =
  | 'standard'
  | 'wavenet'
  | 'neural2'
  | 'news'
  | 'casual'
  | 'polyglot'
  | 'studio'
  | 'journey'
  | 'chirp-hd'
  | 'chirp3-hd';

/** Azure voice types: neural, and the HD families (`en-US-Ava:DragonHDLatestNeural`). */
export type AzureVoiceFamily = 'neural' | 'dragon-hd' | 'dragon-hd-omni';

/** Polly engines (the `Engine` request parameter). */
export type PollyVoiceFamily = 'standard' | 'neural' | 'long-form' | 'generative';

export type VoiceFamily = GoogleVoiceFamily | AzureVoiceFamily | PollyVoiceFamily;

/** How a `prosody rate` is written: `fast`, `150%` (SSML 1.1), `+50%`, `1.5`. */
export type RateForm = 'label' | 'percentage' | 'signed-percentage' | 'multiplier';

/** How a `prosody pitch` is written: `high`, `+10%`, `10%`, `-2st`, `+20Hz`, `180Hz`. */
export type PitchForm =
  | 'label'
  | 'signed-percentage'
  | 'percentage'
  | 'semitones'
  | 'relative-hertz'
  | 'absolute-hertz';

/** How a `prosody volume` is written: `loud`, `+6dB`, `6dB`, `+10%`, `50%`, `+10` or `80` (Azure). */
export type VolumeForm =
  | 'label'
  | 'decibels'
  | 'unsigned-decibels'
  | 'signed-percentage'
  | 'percentage'
  | 'signed-number'
  | 'number';

/** An inclusive range; a missing bound is open. */
export type NumericRange = { minimum?: number; maximum?: number };

/** What values an attribute takes and how others are converted or clamped. */
export type ValueRule =
  /** `range` in multipliers (1 = unchanged); labels are never clamped. */
  | {
      kind: 'rate';
      accepts: readonly RateForm[];
      writes: 'percentage' | 'multiplier';
      range?: NumericRange;
    }
  /** `range` in percent of the voice's pitch; hertz cannot convert (no base pitch). */
  | {
      kind: 'pitch';
      accepts: readonly PitchForm[];
      writes: 'signed-percentage' | 'semitones';
      range?: NumericRange;
    }
  | {
      kind: 'volume';
      accepts: readonly VolumeForm[];
      writes: 'decibels' | 'signed-percentage';
    }
  /** A time designation (`250ms`, `3s`); `range` in milliseconds. */
  | { kind: 'time'; range?: NumericRange }
  /** A number with an optional unit (`0.5`, `150%`, `+6dB`). */
  | { kind: 'number'; unit: '' | '%' | 'dB'; signed?: boolean; range: NumericRange }
  /** One of `values`; `aliases` convert other spellings (case-insensitive matches convert too). */
  | {
      kind: 'enumeration';
      values: readonly string[];
      aliases?: Readonly<Record<string, string>>;
    }
  /** `say-as interpret-as`: `values` as written; others via their canonical name and `preferred`. */
  | {
      kind: 'interpret-as';
      values: readonly string[];
      preferred?: Readonly<Record<string, string>>;
    }
  /** `break strength`: strengths not in `values` become an equivalent `time`. */
  | { kind: 'break-strength'; values: readonly string[] };

export type AttributeRule =
  /** Kept; a `value` rule converts or clamps; `renameTo` writes it under another name. */
  | { support: 'pass'; value?: ValueRule; renameTo?: string; note?: string }
  | { support: 'drop'; reason: string };

/** Kept as an element (possibly renamed, e.g. `mark` → `bookmark`). */
export type KeepRule = {
  support: 'keep';
  renameTo?: string;
  /** Attribute rules by name; `prefix:*` matches any attribute with that prefix. Others are dropped. */
  attributes: Readonly<Record<string, AttributeRule>>;
  /** Attributes that must survive, or the tag is dropped (its text is kept). */
  required?: readonly string[];
  /** Attributes that, when present, must survive, or the tag is dropped. */
  essential?: readonly string[];
  /** The tag is dropped when no attribute survives (`prosody`, `amazon:effect`). */
  needsAttribute?: boolean;
  /** Kept only directly inside these elements (as written to the output), otherwise `otherwise`. */
  onlyInside?: readonly string[];
  /** Kept only for these voices (the `voice` option), otherwise `otherwise`. */
  onlyVoices?: readonly string[];
  otherwise?: DropRule;
  /** Content is written as is, without lowering (`metadata`). */
  verbatim?: boolean;
  note?: string;
};

/** Dropped: `unwrap` keeps the content (its text is spoken), `remove` drops it too. */
export type DropRule = {
  support: 'unwrap' | 'remove';
  reason: string;
  /** No warning: nothing a listener hears is lost (`desc`, `metadata`). */
  silent?: boolean;
};

export type ElementRule = KeepRule | DropRule;

export type ElementTable = Readonly<Record<KnownElementName, ElementRule>>;

/** What the root `speak` gets. */
export type RootRule = {
  /** Written as `version`, replacing the document's (a `converted` warning if different). */
  version?: string;
  /** Written as `xmlns`. */
  namespace?: string;
  /** `xml:lang` when the document has none (the voice's locale); absent: none is written. */
  fallbackLanguage?: 'from-voice';
  /** Namespace prefixes declared on `speak` whenever the output uses them. */
  declarePrefixes?: Readonly<Record<string, string>>;
  /** Rules for the document's other `speak` attributes (`xmlns:*` declarations are handled apart). */
  attributes: Readonly<Record<string, AttributeRule>>;
  /** Azure: top-level content goes inside `<voice name>`; `speak` holds only voices and background audio. */
  voiceWrapper?: boolean;
};

/** How an engine counts its input (the units of `@ttskit/core`'s `maxInput`). */
export type InputLimit = { unit: 'utf8-bytes' | 'utf16' | 'billed-chars'; max: number };

export type DialectLimits = {
  /** Largest input of one request (Google: bytes with tags; Polly: billed characters). */
  maxInput?: InputLimit;
  /** A second limit on the whole request (Polly: 6,000 characters with tags). */
  maxTotalInput?: InputLimit;
  /** Longest `break` (clamped by lowering). */
  maxBreakMs?: number;
  /** Azure: `voice` plus `audio` elements per request. */
  maxVoiceAndAudioElements?: number;
};

/** Everything a dialect and voice family accepts: the single source of truth for lowering. */
export type DialectCapabilities = {
  dialect: CapabilityDialect;
  /** `ssml-1.1` for w3c. */
  family: VoiceFamily | 'ssml-1.1';
  /** Who the warnings speak of, e.g. `Polly neural voices`. */
  label: string;
  /** The family takes no SSML: documents are sent as plain text (the `text` dialect). */
  plainTextOnly: boolean;
  root: RootRule;
  elements: ElementTable;
  limits: DialectLimits;
  /** Azure: the voice wrapping content outside `<voice>` when no `voice` option is given. */
  defaultVoice?: string;
};
