import type { SsmlElement } from '../ast';
import { unwrap } from '../capabilities/capability-rules';
import type {
  DialectCapabilities,
  DropRule,
  ElementRule,
  KeepRule,
} from '../capabilities/capability-types';
import { isKnownElementName } from '../elements/element-names';
import type { LoweringDecision } from '../lowered-markup';
import { describeTag, type SsmlWarningCollector } from '../ssml-warning';
import { type AttributeOutcome, lowerAttributes } from './attribute-lowering';

export type ElementLoweringContext = {
  capabilities: DialectCapabilities;
  warnings: SsmlWarningCollector;
  /** The `voice` option (for rules kept only on some voices). */
  voice: string | undefined;
};

/** The rule for an element name; unknown elements are unwrapped. */
export function elementRule(
  name: string,
  capabilities: DialectCapabilities,
): ElementRule {
  if (isKnownElementName(name)) return capabilities.elements[name];
  return unwrap(`<${name}> is not an element ttskit knows`);
}

/**
 * Decides what the target gets for one element, by its rule in the
 * capability table, and records a warning for every change. `keptParent`
 * is the output name of the nearest enclosing element that is written.
 */
export function decideElement(options: {
  element: SsmlElement;
  keptParent: string;
  context: ElementLoweringContext;
}): LoweringDecision {
  const { element, keptParent, context } = options;
  const rule = elementRule(element.name, context.capabilities);
  if (rule.support !== 'keep') return dropElement({ element, rule, context });
  const outside = rule.onlyInside !== undefined && !rule.onlyInside.includes(keptParent);
  const voice = context.voice;
  const otherVoice =
    rule.onlyVoices !== undefined &&
    (voice === undefined || !rule.onlyVoices.includes(voice));
  if (outside || otherVoice) {
    const reason = outside
      ? `<${element.name}> is allowed only inside ${rule.onlyInside?.map((name) => `<${name}>`).join(', ')}`
      : `only ${rule.onlyVoices?.join(', ')} support <${element.name}>`;
    return dropElement({ element, rule: rule.otherwise ?? unwrap(reason), context });
  }
  return keepElement({ element, rule, context });
}

function dropElement(options: {
  element: SsmlElement;
  rule: DropRule;
  context: ElementLoweringContext;
  attribute?: string;
  from?: string;
}): LoweringDecision {
  const { element, rule, context } = options;
  const hasContent = element.children.length > 0;
  // Spoken text is never removed: a non-silent `remove` with content unwraps.
  const action =
    rule.support === 'remove' && (rule.silent || !hasContent) ? 'remove' : 'unwrap';
  if (!rule.silent) {
    context.warnings.add({
      action: 'dropped',
      element,
      ...(options.attribute === undefined ? {} : { attribute: options.attribute }),
      from: options.from ?? describeTag(element.name),
      message: `${rule.reason}; ${hasContent ? 'its text is spoken without the tag' : 'it was dropped'}`,
    });
  }
  return { action };
}

function keepElement(options: {
  element: SsmlElement;
  rule: KeepRule;
  context: ElementLoweringContext;
}): LoweringDecision {
  const { element, rule, context } = options;
  const { label } = context.capabilities;
  const outcomes = lowerAttributes({ element, rules: rule.attributes, label });
  const failure = essentialFailure(element, rule, outcomes);
  if (failure !== undefined) {
    const reason = `${failure.problem}, so <${element.name}> cannot be kept`;
    return dropElement({ element, rule: unwrap(reason), context, ...failure });
  }
  const kept = outcomes.filter((outcome) => outcome.written !== undefined);
  const name = rule.renameTo ?? element.name;
  const attributes = kept.map((outcome) => outcome.written as [string, string]);
  const renamed = name !== element.name && !(rule.needsAttribute && kept.length === 0);
  if (renamed) {
    const to = describeTag(name, Object.fromEntries(attributes));
    context.warnings.add({
      action: 'converted',
      element,
      from: describeTag(element.name, element.attributes),
      to,
      message: `${label} have no <${element.name}>; it became ${to}`,
    });
  }
  for (const outcome of outcomes) {
    if (outcome.action === 'pass' || (renamed && outcome.action === 'converted'))
      continue;
    warnAttribute({ element, outcome, context });
  }
  if (rule.needsAttribute && kept.length === 0)
    return { action: element.children.length > 0 ? 'unwrap' : 'remove' };
  return { action: 'keep', name, attributes };
}

/** A required attribute missing or dropped, or an essential one dropped. */
function essentialFailure(
  element: SsmlElement,
  rule: KeepRule,
  outcomes: readonly AttributeOutcome[],
): { attribute: string; from: string; problem: string } | undefined {
  const find = (attribute: string) =>
    outcomes.find((outcome) => outcome.attribute === attribute);
  for (const attribute of rule.required ?? []) {
    const outcome = find(attribute);
    if (outcome === undefined)
      return {
        attribute,
        from: describeTag(element.name),
        problem: `<${element.name}> has no ${attribute}`,
      };
    if (outcome.action === 'dropped')
      return {
        attribute,
        from: `${attribute}="${outcome.value}"`,
        problem: outcome.problem,
      };
  }
  for (const attribute of rule.essential ?? []) {
    const outcome = find(attribute);
    if (outcome?.action === 'dropped')
      return {
        attribute,
        from: `${attribute}="${outcome.value}"`,
        problem: outcome.problem,
      };
  }
  return undefined;
}

/** Records the warning for an attribute that was not passed as written. */
export function warnAttribute(options: {
  element: SsmlElement;
  outcome: AttributeOutcome;
  context: ElementLoweringContext;
}): void {
  const { element, outcome, context } = options;
  if (outcome.action === 'pass') return;
  const written = outcome.written;
  const to = written === undefined ? '' : `${written[0]}="${written[1]}"`;
  const consequence =
    outcome.action === 'dropped'
      ? 'the attribute was dropped'
      : outcome.action === 'clamped'
        ? `it became "${written?.[1]}"`
        : `it became ${to}`;
  context.warnings.add({
    action: outcome.action,
    element,
    attribute: outcome.attribute,
    from: `${outcome.attribute}="${outcome.value}"`,
    to,
    message: `${outcome.problem}; ${consequence}`,
  });
}
