import type { SsmlDocument, SsmlElement, SsmlNode } from './ast';
import { boundaryElements, substitutionAlias } from './element-roles';
import { writeMappedText } from './mapped-text';
import type { MarkupWriter } from './markup-writer';

/** What a dialect does with one element. */
export type LoweringDecision =
  /** Write the element as `name` with exactly these attributes. */
  | { action: 'keep'; name: string; attributes: Array<[string, string]> }
  /** Drop the tag, keep the content. */
  | { action: 'unwrap' }
  /** Drop the element and its content. */
  | { action: 'remove' };

/**
 * Writes `element`'s children, asking `decide` about every element. A `sub`
 * alias is mapped to the `sub` start tag (its content keeps its own mapping,
 * so the map never runs backwards). An
 * element that separates words (`p`, `voice`, `audio`…) and loses its tag is
 * replaced by spaces so words never run together.
 */
export function writeLoweredChildren(options: {
  document: SsmlDocument;
  element: SsmlElement;
  writer: MarkupWriter;
  decide: (element: SsmlElement) => LoweringDecision;
}): void {
  const { document, writer, decide } = options;
  writeLoweredNodes({ document, nodes: options.element.children, writer, decide });
}

/** `writeLoweredChildren` for a run of sibling nodes (Azure wraps runs in a `voice`). */
export function writeLoweredNodes(options: {
  document: SsmlDocument;
  nodes: readonly SsmlNode[];
  writer: MarkupWriter;
  decide: (element: SsmlElement) => LoweringDecision;
}): void {
  const { document, writer, decide } = options;
  for (const child of options.nodes) {
    if (child.type === 'text') {
      writeMappedText({ document, text: child, sink: writer });
      continue;
    }
    const decision = decide(child);
    if (decision.action === 'keep') {
      const alias = substitutionAlias(child);
      const selfClosing = child.children.length === 0;
      writer.startTag({
        name: decision.name,
        attributes: decision.attributes,
        selfClosing,
        ...(alias === undefined
          ? {}
          : {
              mappedAttribute: {
                name: 'alias',
                sourceStart: child.span.start,
                sourceEnd: child.children[0]?.span.start ?? child.span.end,
              },
            }),
      });
      if (selfClosing) continue;
      writeLoweredChildren({ document, element: child, writer, decide });
      writer.endTag(decision.name);
      continue;
    }
    const isBoundary = boundaryElements.has(child.name);
    if (isBoundary) writer.markup(' ');
    if (decision.action === 'unwrap')
      writeLoweredChildren({ document, element: child, writer, decide });
    if (isBoundary) writer.markup(' ');
  }
}
