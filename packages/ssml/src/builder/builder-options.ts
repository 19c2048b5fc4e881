/** Options of the `ssml()` builder's methods. Numbers carry units the builder writes for you. */

/** Attributes of the root `speak`. None are written unless given. */
export type SpeakOptions = {
  /** `version`, e.g. `'1.1'` (`'1.0'` for Azure). */
  version?: string;
  /**
   * `true` declares the SSML namespace and, for the vendor prefixes the
   * document uses, `xmlns:amazon`, `xmlns:mstts`, `xmlns:google` (Azure
   * requires them; Google and Polly accept a bare `<speak>`). A string is
   * written as the default namespace.
   */
  xmlns?: boolean | string;
  /** `xml:lang`, a BCP 47 tag such as `en-US`. */
  lang?: string;
};

export type BreakStrength = 'none' | 'x-weak' | 'weak' | 'medium' | 'strong' | 'x-strong';
export type RateLabel = 'x-slow' | 'slow' | 'medium' | 'fast' | 'x-fast' | 'default';
export type PitchLabel = 'x-low' | 'low' | 'medium' | 'high' | 'x-high' | 'default';
export type VolumeLabel =
  | 'silent'
  | 'x-soft'
  | 'soft'
  | 'medium'
  | 'loud'
  | 'x-loud'
  | 'default';
export type EmphasisLevel = 'strong' | 'moderate' | 'none' | 'reduced';

/**
 * A pitch or range: a number is a relative change in percent (`10` →
 * `+10%`); semitones are converted to percent (`{ semitones: 2 }` →
 * `+12.25%`, which every vendor reads); hertz are absolute (`200Hz`) unless
 * `relative` (`+20Hz`).
 */
export type PitchOption =
  | number
  | PitchLabel
  | { percent: number }
  | { semitones: number }
  | { hertz: number; relative?: boolean };

/** At least one option is required (SSML forbids an empty `prosody`). */
export type ProsodyOptions = {
  /** A multiplier of the default rate (`1.2` → `120%`) or a label. */
  rate?: number | RateLabel;
  pitch?: PitchOption;
  range?: PitchOption;
  /** A change in decibels (`6` → `+6dB`, `-Infinity` → `silent`) or a label. */
  volume?: number | VolumeLabel;
  /** Milliseconds the content should take. */
  duration?: number;
};

export type SayAsOptions = {
  /** `characters`, `cardinal`, `ordinal`, `digits`, `date`, `telephone`… (vendors differ). */
  interpretAs: string;
  format?: string;
  detail?: string | number;
};

export type PhonemeOptions = {
  /** The pronunciation. */
  ph: string;
  /** `ipa`, `x-sampa`, `x-amazon-pinyin`, `sapi`… */
  alphabet?: string;
};

export type VoiceOptions = {
  /** A vendor voice name, e.g. `en-US-AvaNeural`, `Joanna`. */
  name?: string;
  gender?: 'male' | 'female' | 'neutral';
  /** Whole years. */
  age?: number;
  /** 1, 2… */
  variant?: number;
  /** Google's `language` (one BCP 47 tag). */
  language?: string;
};

export type AudioOptions = {
  src: string;
  /** A textual description, written as a `desc` child. */
  desc?: string;
  /** Milliseconds. */
  clipBegin?: number;
  /** Milliseconds. */
  clipEnd?: number;
  repeatCount?: number;
  /** Milliseconds. */
  repeatDur?: number;
  /** Decibels (`-6` → `-6dB`). */
  soundLevel?: number;
  /** Playback speed in percent (`150` → `150%`). */
  speed?: number;
};

/** Amazon Polly's `amazon:effect`; at least one option. */
export type AmazonEffectOptions = {
  /** Written as given: Polly's `drc` is case-sensitive. */
  name?: 'drc' | 'whispered';
  phonation?: 'soft';
  /** Percent (`15` → `+15%`). */
  vocalTractLength?: number;
};

/** Azure's `mstts:express-as`. */
export type ExpressAsOptions = {
  /** `cheerful`, `newscast`, `whispering`… */
  style: string;
  /** Intensity, above 0 (Azure: 0.01 to 2, default 1). */
  styleDegree?: number;
  /** `Girl`, `YoungAdultFemale`… */
  role?: string;
};
