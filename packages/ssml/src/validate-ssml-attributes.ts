import type { SsmlElement } from './ast';
import type { ElementDefinition } from './elements/element-definition';
import { checkAttributeValue } from './validate-ssml-attribute-value';
import type { ValidationContext } from './validate-ssml-options';

/** Namespace declarations and XML attributes any element may carry. */
export function isGlobalAttribute(name: string): boolean {
  return (
    name === 'xmlns' ||
    name.startsWith('xmlns:') ||
    name.startsWith('xsi:') ||
    name === 'xml:base' ||
    name === 'xml:space'
  );
}

/**
 * Checks a known element's attributes: unknown ones, values against their
 * kind, required ones, "at least one of" and "at most one of" groups.
 * Returns the names of attributes whose value is invalid (so dialect rules
 * skip them).
 */
export function checkAttributes(options: {
  context: ValidationContext;
  element: SsmlElement;
  definition: ElementDefinition;
}): Set<string> {
  const { context, element, definition } = options;
  const { collector } = context;
  const invalid = new Set<string>();
  const { attributes } = element;
  for (const [name, value] of Object.entries(attributes)) {
    if (isGlobalAttribute(name)) continue;
    const attribute = definition.attributes.find((candidate) => candidate.name === name);
    if (attribute === undefined) {
      const known = definition.attributes.map((candidate) => candidate.name);
      collector.attribute({
        code: 'unknown-attribute',
        severity: 'warning',
        message: `<${element.name}> has no attribute ${name}; it is ignored${known.length === 0 ? '' : ` (known: ${known.join(', ')})`}`,
        element,
        attribute: name,
      });
      continue;
    }
    const check = checkAttributeValue(attribute.value, value);
    if (check.status === 'invalid') {
      invalid.add(name);
      collector.attribute({
        code: 'invalid-value',
        severity: 'error',
        message: `${name}="${value}" on <${element.name}> is not valid; expected ${check.expected}`,
        element,
        attribute: name,
      });
    } else if (check.status === 'out-of-range') {
      collector.attribute({
        code: 'value-out-of-range',
        severity: 'warning',
        message: `${name}="${value}" on <${element.name}> is outside ${check.range}; engines clamp or ignore it`,
        element,
        attribute: name,
      });
    }
  }
  const has = (name: string) => Object.hasOwn(attributes, name);
  for (const attribute of definition.attributes) {
    if (
      attribute.required &&
      !has(attribute.name) &&
      !optionalFor(context, element, attribute.name)
    ) {
      collector.element({
        code: 'missing-attribute',
        severity: 'error',
        message: `<${element.name}> needs the ${attribute.name} attribute`,
        element,
        attribute: attribute.name,
      });
    }
  }
  const { requiresOneOf, mutuallyExclusive } = definition;
  if (requiresOneOf !== undefined && !requiresOneOf.some(has)) {
    collector.element({
      code: 'missing-attribute',
      severity: 'error',
      message: `<${element.name}> needs at least one of ${requiresOneOf.join(', ')}`,
      element,
    });
  }
  const exclusive = mutuallyExclusive?.filter(has) ?? [];
  if (exclusive.length > 1) {
    collector.attribute({
      code: 'conflicting-attributes',
      severity: 'error',
      message: `<${element.name}> may have only one of ${exclusive.join(' and ')}`,
      element,
      attribute: exclusive[1] as string,
    });
  }
  return invalid;
}

/** One known element under check, with what earlier checks found. */
export type ElementCheck = {
  context: ValidationContext;
  element: SsmlElement;
  definition: ElementDefinition;
  /** Attributes whose value already failed its syntax check. */
  invalidAttributes: ReadonlySet<string>;
};

/** The element's attributes that the model defines and whose syntax is valid. */
export function checkedAttributes(check: ElementCheck): Array<[string, string]> {
  const { element, definition, invalidAttributes } = check;
  return Object.entries(element.attributes).filter(
    ([attribute]) =>
      !isGlobalAttribute(attribute) &&
      !invalidAttributes.has(attribute) &&
      definition.attributes.some((item) => item.name === attribute),
  );
}

/**
 * Attributes SSML 1.1 requires that a vendor's own SSML does not: Azure
 * (based on SSML 1.0) writes `<lexicon uri>` with no `xml:id`.
 */
function optionalFor(
  context: ValidationContext,
  element: SsmlElement,
  attribute: string,
): boolean {
  return (
    context.dialect === 'azure' && element.name === 'lexicon' && attribute === 'xml:id'
  );
}
