import type { SsmlElement } from './ast';
import { attributeNormalizer, attributeTableOf } from './normalize-ssml-attributes';
import { breakStrengthToMilliseconds } from './values/break-strength';
import { formatMilliseconds, parseTimeDesignation } from './values/time-designation';

/** An element's name and attributes after normalization. */
export type NormalizedElementHead = {
  name: string;
  attributes: Record<string, string>;
};

type Attributes = Record<string, string>;

/**
 * Normalizes the name and attributes of one element (not its children).
 * Returns `undefined` when nothing changes, so unchanged elements are never
 * copied; otherwise new objects (the input is never mutated).
 */
export function normalizeElementHead(
  element: SsmlElement,
): NormalizedElementHead | undefined {
  const attributes = normalizeAttributes(element);
  // `bookmark` stays as written (warnings and positions name what the caller
  // wrote); `canonicalizeSsml` folds it into `mark` so both share a key.
  const name = element.name;
  let result = attributes;
  if (name === 'break') result = normalizeBreak(attributes);
  else if (name === 'emphasis' && !Object.hasOwn(attributes, 'level'))
    result = { ...attributes, level: 'moderate' };
  return name === element.name && result === element.attributes
    ? undefined
    : { name, attributes: result };
}

function normalizeAttributes(element: SsmlElement): Attributes {
  const original = element.attributes;
  const elementTable = attributeTableOf(element.name);
  let copy: Attributes | undefined;
  for (const attribute in original) {
    const value = original[attribute] as string;
    const normalized = attributeNormalizer(elementTable, attribute)(value);
    if (normalized === value) continue;
    // The spread keeps key order; an own `__proto__` key is copied as data.
    copy ??= { ...original };
    copy[attribute] = normalized;
  }
  return copy ?? original;
}

/**
 * `time` wins over `strength` (SSML 1.1), so a valid time drops the
 * strength; a known strength alone becomes its time; a bare break is
 * `medium`. An invalid time keeps both as they are.
 */
function normalizeBreak(attributes: Attributes): Attributes {
  if (Object.hasOwn(attributes, 'time')) {
    if (
      !Object.hasOwn(attributes, 'strength') ||
      parseTimeDesignation(attributes.time as string) === undefined
    )
      return attributes;
    const { strength: _strength, ...rest } = attributes;
    return rest;
  }
  const hasStrength = Object.hasOwn(attributes, 'strength');
  const milliseconds = breakStrengthToMilliseconds(
    hasStrength ? (attributes.strength as string) : 'medium',
  );
  if (milliseconds === undefined) return attributes;
  const time = formatMilliseconds(milliseconds);
  return hasStrength
    ? renameAttribute({ attributes, from: 'strength', to: 'time', value: time })
    : { ...attributes, time };
}

/** A copy with `from` replaced by `to` (set to `value`) at the same position. */
function renameAttribute(options: {
  attributes: Attributes;
  from: string;
  to: string;
  value: string;
}): Attributes {
  const renamed: Attributes = {};
  for (const [name, value] of Object.entries(options.attributes)) {
    const key = name === options.from ? options.to : name;
    Object.defineProperty(renamed, key, {
      value: name === options.from ? options.value : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return renamed;
}
