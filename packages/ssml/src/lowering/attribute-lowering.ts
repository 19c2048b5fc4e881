import type { SsmlElement } from '../ast';
import type { AttributeRule } from '../capabilities/capability-types';
import type { SsmlLoweringAction } from '../ssml-warning';
import { lowerValue } from './value-lowering';

/** What happened to one attribute of an element that is kept. */
export type AttributeOutcome = {
  /** The attribute as the document has it. */
  attribute: string;
  value: string;
  action: 'pass' | Exclude<SsmlLoweringAction, 'emulated'>;
  /** Name and value written; absent when dropped (or superseded by another attribute). */
  written?: [string, string];
  /** What is wrong or changed, without the consequence ("rate="3" is outside …"). */
  problem: string;
};

/** Looks up an attribute's rule: its own name, then `prefix:*`. */
export function attributeRule(
  rules: Readonly<Record<string, AttributeRule>>,
  attribute: string,
): AttributeRule | undefined {
  if (Object.hasOwn(rules, attribute)) return rules[attribute];
  const colon = attribute.indexOf(':');
  const wildcard = colon > 0 ? `${attribute.slice(0, colon)}:*` : undefined;
  return wildcard !== undefined && Object.hasOwn(rules, wildcard)
    ? rules[wildcard]
    : undefined;
}

/**
 * Lowers every attribute of `element` by `rules`. Namespace declarations are
 * skipped (the root declares what the output uses; `xmlns` passes where a
 * rule names it). When two attributes would be written under one name, the
 * one written under its own name wins and the other is left out silently.
 */
export function lowerAttributes(options: {
  element: SsmlElement;
  rules: Readonly<Record<string, AttributeRule>>;
  label: string;
}): AttributeOutcome[] {
  const { element, rules, label } = options;
  const outcomes: AttributeOutcome[] = [];
  for (const [attribute, value] of Object.entries(element.attributes)) {
    if (
      attribute.startsWith('xmlns:') ||
      (attribute === 'xmlns' && !Object.hasOwn(rules, attribute))
    )
      continue;
    outcomes.push(
      lowerAttribute({
        attribute,
        value,
        rule: attributeRule(rules, attribute),
        label,
        element,
      }),
    );
  }
  const owners = new Map<string, AttributeOutcome>();
  for (const outcome of outcomes) {
    const name = outcome.written?.[0];
    if (name === undefined) continue;
    const owner = owners.get(name);
    if (owner === undefined) {
      owners.set(name, outcome);
      continue;
    }
    // The attribute written under its own name wins (`time` over a strength
    // converted to a time, as the vendors document); the other is redundant.
    const loser = owner.attribute === name ? outcome : owner;
    if (loser === owner) owners.set(name, outcome);
    loser.action = 'pass';
    loser.problem = '';
    delete loser.written;
  }
  return outcomes;
}

function lowerAttribute(options: {
  attribute: string;
  value: string;
  rule: AttributeRule | undefined;
  label: string;
  element: SsmlElement;
}): AttributeOutcome {
  const { attribute, value, rule, label, element } = options;
  const base = { attribute, value };
  const written = `${attribute}="${value}"`;
  if (rule === undefined)
    return {
      ...base,
      action: 'dropped',
      problem: `${label} do not take ${attribute} on <${element.name}>`,
    };
  if (rule.support === 'drop')
    return { ...base, action: 'dropped', problem: rule.reason };
  const name = rule.renameTo ?? attribute;
  const outcome =
    rule.value === undefined ? { kind: 'pass' as const } : lowerValue(rule.value, value);
  switch (outcome.kind) {
    case 'pass':
      return name === attribute
        ? { ...base, action: 'pass', written: [name, value], problem: '' }
        : {
            ...base,
            action: 'converted',
            written: [name, value],
            problem: `${label} call ${attribute} ${name}`,
          };
    case 'converted': {
      const target = outcome.attribute ?? name;
      return {
        ...base,
        action: 'converted',
        written: [target, outcome.value],
        problem: `${label} do not take ${written}`,
      };
    }
    case 'clamped':
      return {
        ...base,
        action: 'clamped',
        written: [name, outcome.value],
        problem: `${written} is outside the range ${label} take (${outcome.range})`,
      };
    case 'invalid':
      return {
        ...base,
        action: 'dropped',
        problem: `${written} ${outcome.reason} for ${label}`,
      };
  }
}
