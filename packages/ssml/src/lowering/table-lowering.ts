import type { SsmlDocument, SsmlElement } from '../ast';
import type { LoweringDecision } from '../lowered-markup';
import {
  decideElement,
  type ElementLoweringContext,
  elementRule,
} from './element-lowering';

/** The decision for every element of a document (the root excepted). */
export type LoweringDecisions = Map<SsmlElement, LoweringDecision>;

/**
 * Decides every element of `document` by the capability table, in document
 * order, so warnings come out in order. Content of a removed element is not
 * visited; content of a `verbatim` element (`metadata`) is kept as written.
 */
export function decideDocument(options: {
  document: SsmlDocument;
  context: ElementLoweringContext;
}): LoweringDecisions {
  const { context } = options;
  const decisions: LoweringDecisions = new Map();
  const walk = (element: SsmlElement, keptParent: string, hoisted: boolean): void => {
    for (const child of element.children) {
      if (child.type === 'text') continue;
      // metadata of an unwrapped element would land among text, where it may not be: it is silent, so it goes
      const decision: LoweringDecision =
        hoisted && (child.name === 'meta' || child.name === 'metadata')
          ? { action: 'remove' }
          : decideElement({ element: child, keptParent, context });
      decisions.set(child, decision);
      if (decision.action === 'remove') continue;
      const rule = elementRule(child.name, context.capabilities);
      if (decision.action === 'keep' && rule.support === 'keep' && rule.verbatim)
        keepVerbatim(child, decisions);
      else
        walk(
          child,
          decision.action === 'keep' ? decision.name : keptParent,
          decision.action !== 'keep',
        );
    }
  };
  walk(options.document.root, 'speak', false);
  return decisions;
}

function keepVerbatim(element: SsmlElement, decisions: LoweringDecisions): void {
  for (const child of element.children) {
    if (child.type === 'text') continue;
    decisions.set(child, {
      action: 'keep',
      name: child.name,
      attributes: Object.entries(child.attributes),
    });
    keepVerbatim(child, decisions);
  }
}
