import { checkedAttributes, type ElementCheck } from './validate-ssml-attributes';
import type { ValueListKey } from './validate-ssml-vendor-lists';
import { checkVendorValue } from './validate-ssml-vendor-values';

/**
 * The value rules of the target dialect for one known element's valid
 * attributes. What a dialect does not support at all (elements, attributes,
 * value forms, voice families) is what lowering drops or converts, so it is
 * reported from `serializeSsml`'s warnings, not here. Without a dialect,
 * values are checked against what any vendor documents; espeak and text
 * have only lowering.
 */
export function checkElementForDialect(check: ElementCheck): void {
  const { dialect } = check.context;
  const key: ValueListKey | undefined =
    dialect === undefined
      ? 'generic'
      : dialect === 'espeak' || dialect === 'text'
        ? undefined
        : dialect;
  if (key === undefined) return;
  for (const [attribute, value] of checkedAttributes(check))
    checkVendorValue({ ...check, attribute, value, key });
}
