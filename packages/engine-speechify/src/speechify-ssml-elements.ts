import {
  breakStrengths,
  emphasisLevels,
  speechifyBreakTime,
  speechifyPitch,
  speechifyRate,
  speechifyVolume,
} from './speechify-ssml-values';
import type { SsmlToken } from './ssml-tokens';

export type SsmlTag = Extract<SsmlToken, { kind: 'tag' }>;

const dropped: Record<string, string> = {
  mark: 'Speechify has no <mark>: it is dropped and no mark time comes back',
  'say-as': 'Speechify documents no <say-as>: its text is spoken as written',
  phoneme: 'Speechify documents no <phoneme>: its text is spoken as written',
  voice: 'Speechify speaks one voice per request: <voice> is dropped, its text kept',
  lang: 'Speechify documents no <lang>: its text is spoken in the request language',
  audio: 'Speechify plays no <audio>: its fallback text is spoken',
};
const structural = new Set(['p', 's']);
const transparent = new Set(['w', 'token', 'lookup']);
const invisible = new Set(['desc', 'metadata', 'meta', 'lexicon']);

/** What happens to one opening (or self-closing) tag. */
export type Decision =
  | { action: 'keep'; attributes: Array<[string, string]> }
  | { action: 'unwrap' | 'separate' | 'speak' | 'remove' };

/** Speechify's SSML subset: keep (with rewritten attributes), unwrap or remove. */
export function decideElement(options: {
  tag: SsmlTag;
  isRoot: boolean;
  warn: (feature: string, details: string) => void;
}): Decision {
  const { tag, warn } = options;
  const { name, attributes } = tag;
  if (name === 'speak') return { action: options.isRoot ? 'speak' : 'unwrap' };
  if (structural.has(name)) return { action: 'separate' };
  if (transparent.has(name)) return { action: 'unwrap' };
  if (invisible.has(name)) return { action: 'remove' };
  if (name === 'speechify:style') return { action: 'keep', attributes: [...attributes] };
  if (name === 'sub') {
    const alias = attributes.get('alias');
    return alias === undefined
      ? { action: 'unwrap' }
      : { action: 'keep', attributes: [['alias', alias]] };
  }
  if (name === 'prosody') return decideProsody(options);
  if (name === 'break') return decideBreak(options);
  if (name === 'emphasis') {
    const level = attributes.get('level')?.toLowerCase();
    if (level === undefined) return { action: 'keep', attributes: [] };
    if (level === 'none') return { action: 'unwrap' };
    const kept = emphasisLevels.has(level) ? level : 'strong';
    if (kept !== level)
      warn(
        'ssml.emphasis.level',
        `Speechify has no emphasis level "${level}": "strong" is sent`,
      );
    return { action: 'keep', attributes: [['level', kept]] };
  }
  const reason =
    dropped[name] ??
    `Speechify documents no <${name}>: its text is spoken without the tag`;
  warn(`ssml.${name}`, reason);
  return { action: name === 'mark' ? 'remove' : 'unwrap' };
}

const prosodyRewriters: Record<string, (value: string) => string | undefined> = {
  pitch: speechifyPitch,
  rate: speechifyRate,
  volume: speechifyVolume,
};

function decideProsody(options: {
  tag: SsmlTag;
  warn: (feature: string, details: string) => void;
}): Decision {
  const kept: Array<[string, string]> = [];
  for (const [attribute, value] of options.tag.attributes) {
    const rewrite = prosodyRewriters[attribute];
    const converted = rewrite?.(value);
    if (converted !== undefined) kept.push([attribute, converted]);
    else
      options.warn(
        `ssml.prosody.${attribute}`,
        rewrite
          ? `Speechify cannot take prosody ${attribute}="${value}": the attribute is dropped`
          : `Speechify's prosody has no ${attribute}: the attribute is dropped`,
      );
  }
  return kept.length === 0 ? { action: 'unwrap' } : { action: 'keep', attributes: kept };
}

function decideBreak(options: {
  tag: SsmlTag;
  warn: (feature: string, details: string) => void;
}): Decision {
  const kept: Array<[string, string]> = [];
  const strength = options.tag.attributes.get('strength')?.toLowerCase();
  if (strength !== undefined && breakStrengths.has(strength))
    kept.push(['strength', strength]);
  const time = options.tag.attributes.get('time');
  if (time !== undefined) {
    const converted = speechifyBreakTime(time);
    if (converted === undefined)
      options.warn(
        'ssml.break.time',
        `Speechify cannot take break time="${time}": dropped`,
      );
    else {
      if (converted.clamped)
        options.warn(
          'ssml.break.time',
          `Speechify breaks last at most 10 s: ${time} became 10 s`,
        );
      kept.push(['time', converted.time]);
    }
  }
  return { action: 'keep', attributes: kept };
}
