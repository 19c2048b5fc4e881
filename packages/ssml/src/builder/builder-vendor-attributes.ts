import {
  type AttributeList,
  attributesOf,
  type Formatter,
  required,
  requireOptions,
  text,
} from './builder-attributes';
import { requireXmlName } from './builder-markup';
import type { AmazonEffectOptions, ExpressAsOptions } from './builder-options';
import { formatAmountOption, formatPercentOption } from './builder-values';
import { SsmlBuilderError } from './ssml-builder-error';

const signedPercent: Formatter = (check) =>
  formatPercentOption({ ...check, signed: true });
const positive: Formatter = (check) => formatAmountOption({ ...check, positive: true });

export function amazonEffectAttributes(options: AmazonEffectOptions): AttributeList {
  const { name, phonation, vocalTractLength } = requireOptions('amazonEffect', options);
  return attributesOf({
    element: 'amazonEffect',
    atLeastOne: true,
    entries: [
      ['name', 'name', name, text],
      ['phonation', 'phonation', phonation, text],
      ['vocal-tract-length', 'vocalTractLength', vocalTractLength, signedPercent],
    ],
  });
}

export function expressAsAttributes(options: ExpressAsOptions): AttributeList {
  const { style, styleDegree, role } = requireOptions('expressAs', options);
  return attributesOf({
    element: 'expressAs',
    entries: [
      ['style', 'style', required(style), text],
      ['styledegree', 'styleDegree', styleDegree, positive],
      ['role', 'role', role, text],
    ],
  });
}

/** Attributes of a generic element: names checked, finite numbers written as they print. */
export function genericAttributes(
  options: Record<string, string | number>,
): AttributeList {
  const attributes: AttributeList = [];
  for (const [name, value] of Object.entries(requireOptions('element', options))) {
    requireXmlName('element.attributes', name);
    const valid =
      typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
    if (!valid) {
      throw new SsmlBuilderError({
        option: `element.attributes.${name}`,
        value,
        expected: 'a string or a finite number',
      });
    }
    attributes.push([name, String(value)]);
  }
  return attributes;
}
