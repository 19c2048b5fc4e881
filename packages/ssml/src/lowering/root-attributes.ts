import type { SsmlDocument, SsmlElement } from '../ast';
import type { DialectCapabilities } from '../capabilities/capability-types';
import { voiceLocale } from '../capabilities/voice-family-detection';
import type { SsmlWarningCollector } from '../ssml-warning';
import { lowerAttributes } from './attribute-lowering';
import { warnAttribute } from './element-lowering';
import type { LoweringDecisions } from './table-lowering';

const prefixDeclaration = /^xmlns:/;

/**
 * The attributes of the output's `speak`: `version` and `xmlns` when the
 * dialect fixes them, the document's root attributes the dialect takes
 * (`xml:lang`, or the dialect's fallback, first when added), then
 * declarations of the prefixes the output uses. Declarations of unused prefixes are dropped
 * without a warning: they carry no meaning of their own.
 */
export function lowerRootAttributes(options: {
  document: SsmlDocument;
  capabilities: DialectCapabilities;
  decisions: LoweringDecisions;
  warnings: SsmlWarningCollector;
  voice: string | undefined;
}): Array<[string, string]> {
  const { document, capabilities, warnings } = options;
  const { root } = document;
  const rule = capabilities.root;
  const fixed: Array<[string, string]> = [];
  for (const [attribute, value] of [
    ['version', rule.version],
    ['xmlns', rule.namespace],
  ] as const) {
    if (value === undefined) continue;
    fixed.push([attribute, value]);
    const written = root.attributes[attribute];
    if (written === undefined || written === value) continue;
    warnings.add({
      action: 'converted',
      element: root,
      attribute,
      from: `${attribute}="${written}"`,
      to: `${attribute}="${value}"`,
      message: `${capabilities.label} take ${attribute}="${value}"; ${attribute}="${written}" was replaced`,
    });
  }
  const others: Record<string, string> = {};
  for (const [attribute, value] of Object.entries(root.attributes)) {
    if (!fixed.some(([name]) => name === attribute) && !prefixDeclaration.test(attribute))
      others[attribute] = value;
  }
  const element: SsmlElement = { ...root, attributes: others };
  const kept: Array<[string, string]> = [];
  for (const outcome of lowerAttributes({
    element,
    rules: rule.attributes,
    label: capabilities.label,
  })) {
    warnAttribute({
      element: root,
      outcome,
      context: { capabilities, warnings, voice: options.voice },
    });
    if (outcome.written !== undefined) kept.push(outcome.written);
  }
  if (
    !kept.some(([name]) => name === 'xml:lang') &&
    rule.fallbackLanguage !== undefined
  ) {
    const voice = options.voice ?? documentVoice(root) ?? capabilities.defaultVoice;
    kept.unshift(['xml:lang', (voice && voiceLocale(voice)) || 'en-US']);
  }
  const declarations: Array<[string, string]> = [];
  for (const prefix of usedPrefixes(options.decisions, kept)) {
    const namespace =
      rule.declarePrefixes?.[prefix] ?? root.attributes[`xmlns:${prefix}`];
    if (namespace !== undefined) declarations.push([`xmlns:${prefix}`, namespace]);
  }
  return [...fixed, ...kept, ...declarations];
}

/** Namespace prefixes of the element and attribute names the output writes (not `xml`). */
function usedPrefixes(
  decisions: LoweringDecisions,
  rootAttributes: ReadonlyArray<[string, string]>,
): string[] {
  const prefixes = new Set<string>();
  const add = (name: string) => {
    const colon = name.indexOf(':');
    if (colon > 0) prefixes.add(name.slice(0, colon));
  };
  for (const [name] of rootAttributes) add(name);
  for (const decision of decisions.values()) {
    if (decision.action !== 'keep') continue;
    add(decision.name);
    for (const [name] of decision.attributes) add(name);
  }
  prefixes.delete('xml');
  prefixes.delete('xmlns');
  return [...prefixes].sort();
}

/** The name of the first top-level `<voice name>`. */
function documentVoice(root: SsmlElement): string | undefined {
  for (const child of root.children)
    if (child.type === 'element' && child.name === 'voice' && child.attributes.name)
      return child.attributes.name;
  return undefined;
}
