/** The tree a generated document should parse to: elements and decoded text, no spans. */
export type ModelText = { type: 'text'; value: string };
export type ModelElement = {
  type: 'element';
  name: string;
  attributes: Record<string, string>;
  children: ModelNode[];
};
export type ModelNode = ModelText | ModelElement;

/**
 * `element` without spans, adjacent texts merged and empty texts dropped:
 * equal for a parsed tree and the model it was generated from.
 */
export function comparableTree(element: {
  name: string;
  attributes: Record<string, string>;
  children: ReadonlyArray<ModelNode>;
}): ModelElement {
  const children: ModelNode[] = [];
  for (const child of element.children) {
    const previous = children[children.length - 1];
    if (child.type === 'element') children.push(comparableTree(child));
    else if (previous?.type === 'text') previous.value += child.value;
    else if (child.value !== '') children.push({ type: 'text', value: child.value });
  }
  return {
    type: 'element',
    name: element.name,
    attributes: { ...element.attributes },
    children,
  };
}
