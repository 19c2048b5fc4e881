import type { SsmlElement } from './ast';

/** An element met while walking, with its parent (`undefined` for the root). */
export type ElementVisit = {
  element: SsmlElement;
  parent: SsmlElement | undefined;
  depth: number;
};

/**
 * Visits elements in document order without recursion, so any depth is
 * safe. `visit` returns `false` to skip the element's descendants; `stop`
 * ends the walk early (for `maxDiagnostics`). Returns whether every element
 * was visited.
 */
export function walkElements(options: {
  root: SsmlElement;
  visit: (visit: ElementVisit) => boolean;
  stop?: () => boolean;
}): boolean {
  const { visit, stop } = options;
  const stack: ElementVisit[] = [{ element: options.root, parent: undefined, depth: 0 }];
  while (stack.length > 0) {
    if (stop?.() === true) return false;
    const current = stack.pop() as ElementVisit;
    if (!visit(current)) continue;
    const { children } = current.element;
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child?.type === 'element') {
        stack.push({ element: child, parent: current.element, depth: current.depth + 1 });
      }
    }
  }
  return true;
}
