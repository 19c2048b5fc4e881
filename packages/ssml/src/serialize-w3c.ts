import type { SsmlDocument } from './ast';
import { writeLoweredChildren } from './lowered-markup';
import { MarkupWriter } from './markup-writer';
import type { SerializedDialect } from './serialized-dialect';

export const ssmlNamespace = 'http://www.w3.org/2001/10/synthesis';

/**
 * Faithful SSML 1.1: every element and attribute as parsed (vendor
 * extensions included), with `version` and `xmlns` added to the root when
 * missing. Text is re-escaped; whitespace is kept.
 */
export function serializeW3c(document: SsmlDocument): SerializedDialect {
  const writer = new MarkupWriter();
  const { root } = document;
  const attributes: Array<[string, string]> = [
    ['version', root.attributes.version ?? '1.1'],
    ['xmlns', root.attributes.xmlns ?? ssmlNamespace],
  ];
  for (const [name, value] of Object.entries(root.attributes)) {
    if (name !== 'version' && name !== 'xmlns') attributes.push([name, value]);
  }
  const selfClosing = root.children.length === 0;
  writer.startTag({ name: 'speak', attributes, selfClosing });
  if (!selfClosing) {
    writeLoweredChildren({
      document,
      element: root,
      writer,
      decide: (element) => ({
        action: 'keep',
        name: element.name,
        attributes: Object.entries(element.attributes),
      }),
    });
    writer.endTag('speak');
  }
  const { output, sourceMap } = writer.finish();
  return { ssml: output, warnings: [], sourceMap };
}
