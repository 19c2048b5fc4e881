import type { SsmlElement } from './ast';
import type { LoweringDecision } from './lowered-markup';
import { describeTag, type SsmlWarningCollector } from './ssml-warning';
import { decibelsToPercentage } from './values/prosody-volume';

/** Attributes espeak-ng's SSML mode honours, per element it honours. */
const keptAttributes: Record<string, readonly string[]> = {
  p: ['xml:lang'],
  s: ['xml:lang'],
  break: ['time', 'strength'],
  prosody: ['rate', 'pitch', 'volume'],
  'say-as': ['interpret-as'],
  sub: ['alias'],
  voice: ['xml:lang', 'gender'],
  mark: ['name'],
  emphasis: ['level'],
};

const removedSilently = new Set(['desc', 'metadata', 'meta']);

const unwrapReasons: Record<string, string> = {
  audio: 'espeak cannot play audio; the fallback text is spoken instead',
  phoneme: 'espeak ignores phoneme; the text is spoken as written',
  speak: 'a nested <speak> is not supported by espeak; its content is kept',
};

/**
 * Decides what espeak receives for one element and records a warning for
 * everything lost or changed (see the package README for the table).
 */
export function lowerForEspeak(options: {
  element: SsmlElement;
  warnings: SsmlWarningCollector;
  voice: string | undefined;
}): LoweringDecision {
  const { element, warnings } = options;
  const { name } = element;
  const warn: Warn = (options) => warnings.add({ element, ...options });
  if (removedSilently.has(name)) return { action: 'remove' };
  if (name === 'lexicon') {
    warn({
      action: 'dropped',
      from: describeTag(name, element.attributes),
      message: 'espeak cannot load pronunciation lexicons; <lexicon> was dropped',
    });
    return { action: 'remove' };
  }
  const unwrapReason = unwrapReasons[name];
  if (unwrapReason !== undefined) {
    warn({ action: 'dropped', from: describeTag(name), message: unwrapReason });
    return { action: 'unwrap' };
  }
  if (name === 'lang') return convert({ element, target: 'voice', warn });
  if (name === 'bookmark') return convert({ element, target: 'mark', warn });
  const kept = keptAttributes[name];
  if (kept === undefined) {
    warn({
      action: 'dropped',
      from: describeTag(name),
      message: `espeak does not support <${name}>; its text is spoken without it`,
    });
    return { action: 'unwrap' };
  }
  const attributes: Array<[string, string]> = [];
  for (const [attribute, value] of Object.entries(element.attributes)) {
    if (!kept.includes(attribute)) {
      const detail =
        name === 'voice' && attribute === 'name'
          ? `espeak selects voices by its own names, so <voice name="${value}"> cannot be honoured${options.voice === undefined ? '' : ` (the engine speaks with "${options.voice}")`}`
          : `espeak ignores ${attribute} on <${name}>`;
      warn({
        action: 'dropped',
        attribute,
        from: `${attribute}="${value}"`,
        message: `${detail}; the attribute was dropped`,
      });
      continue;
    }
    attributes.push([attribute, convertValue({ element, attribute, value, warn })]);
  }
  if (name === 'say-as' && attributes[0]?.[1] !== 'characters') {
    warn({
      action: 'dropped',
      attribute: 'interpret-as',
      from: describeTag(name, Object.fromEntries(attributes)),
      message: `espeak supports only <say-as interpret-as="characters">; other say-as text is spoken as written`,
    });
    return { action: 'unwrap' };
  }
  if (attributes.length === 0 && (name === 'prosody' || name === 'voice'))
    return { action: 'unwrap' };
  return { action: 'keep', name, attributes };
}

type Warn = (options: {
  action: 'converted' | 'dropped';
  attribute?: string;
  from: string;
  to?: string;
  message: string;
}) => void;

function convertValue(options: {
  element: SsmlElement;
  attribute: string;
  value: string;
  warn: Warn;
}): string {
  const { element, attribute, value, warn } = options;
  if (element.name === 'prosody' && attribute === 'volume') {
    const percentage = decibelsToPercentage(value);
    if (percentage === undefined) return value;
    warn({
      action: 'converted',
      attribute,
      from: `${attribute}="${value}"`,
      to: `${attribute}="${percentage}"`,
      message: `espeak ignores decibel volumes; volume="${value}" became "${percentage}"`,
    });
    return percentage;
  }
  if (
    element.name === 'say-as' &&
    attribute === 'interpret-as' &&
    value === 'spell-out'
  ) {
    warn({
      action: 'converted',
      attribute,
      from: `${attribute}="${value}"`,
      to: `${attribute}="characters"`,
      message: 'interpret-as="spell-out" became "characters", which espeak supports',
    });
    return 'characters';
  }
  return value;
}

function convert(options: {
  element: SsmlElement;
  target: 'voice' | 'mark';
  warn: Warn;
}): LoweringDecision {
  const { element, target, warn } = options;
  const source = target === 'voice' ? 'xml:lang' : 'mark';
  const value = element.attributes[source];
  if (value === undefined) {
    warn({
      action: 'dropped',
      from: describeTag(element.name, element.attributes),
      message: `<${element.name}> without ${source} has no effect; its content is kept`,
    });
    return { action: 'unwrap' };
  }
  const attribute = target === 'voice' ? 'xml:lang' : 'name';
  warn({
    action: 'converted',
    from: describeTag(element.name, element.attributes),
    to: describeTag(target, { [attribute]: value }),
    message: `espeak has no <${element.name}>; it became <${target} ${attribute}="${value}">`,
  });
  return { action: 'keep', name: target, attributes: [[attribute, value]] };
}
