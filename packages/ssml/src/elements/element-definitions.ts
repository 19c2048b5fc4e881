import { amazonElementDefinitions, amazonElementExtensions } from './amazon-elements';
import type {
  AttributeDefinition,
  ElementDefinition,
  ElementExtension,
} from './element-definition';
import type { KnownElementName } from './element-names';
import { googleElementDefinitions, googleElementExtensions } from './google-elements';
import {
  microsoftElementDefinitions,
  microsoftElementExtensions,
} from './microsoft-elements';
import { w3cElementDefinitions } from './w3c-elements';

const extensions: readonly ElementExtension[] = [
  ...amazonElementExtensions,
  ...googleElementExtensions,
  ...microsoftElementExtensions,
];

function withExtensions(definition: ElementDefinition): ElementDefinition {
  const own = extensions.filter((extension) => extension.element === definition.name);
  if (own.length === 0) return definition;
  const requiresOneOf = definition.requiresOneOf;
  return {
    ...definition,
    attributes: [
      ...definition.attributes,
      ...own.flatMap((extension) => extension.attributes),
    ],
    ...(requiresOneOf === undefined
      ? {}
      : {
          requiresOneOf: [
            ...requiresOneOf,
            ...own.flatMap((extension) => extension.requiresOneOf ?? []),
          ],
        }),
  };
}

const definitions: ReadonlyMap<string, ElementDefinition> = new Map(
  [
    ...w3cElementDefinitions,
    ...amazonElementDefinitions,
    ...googleElementDefinitions,
    ...microsoftElementDefinitions,
  ].map((definition) => [definition.name, Object.freeze(withExtensions(definition))]),
);

const attributeIndex: ReadonlyMap<
  string,
  ReadonlyMap<string, AttributeDefinition>
> = new Map(
  [...definitions.values()].map((definition) => [
    definition.name,
    new Map(definition.attributes.map((attribute) => [attribute.name, attribute])),
  ]),
);

/**
 * The typed definition of a known element (W3C SSML 1.1 or a vendor
 * extension), with vendor attributes other vendors add to it merged in;
 * `undefined` for an element ttskit does not know.
 */
export function getElementDefinition(name: KnownElementName): ElementDefinition;
export function getElementDefinition(name: string): ElementDefinition | undefined;
export function getElementDefinition(name: string): ElementDefinition | undefined {
  return definitions.get(name);
}

/** The definition of an attribute of a known element, vendor attributes included. */
export function getAttributeDefinition(options: {
  element: string;
  attribute: string;
}): AttributeDefinition | undefined {
  return attributeIndex.get(options.element)?.get(options.attribute);
}

/** Every element definition: W3C first, then Amazon, Google, Microsoft. */
export function listElementDefinitions(): readonly ElementDefinition[] {
  return [...definitions.values()];
}
