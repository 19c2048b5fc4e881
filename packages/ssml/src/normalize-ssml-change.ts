import type { SsmlElement } from './ast';
import type { NormalizedElementHead } from './normalize-ssml-element';

/**
 * One thing `normalizeSsml` rewrote, reported when `recordChanges` is set.
 * An attribute change has `attribute`; `before` is absent for an added
 * attribute (`<break/>` gains `time`) and `after` for a removed one (`strength`
 * next to a valid `time`). A renamed element has no
 * `attribute`, and `before`/`after` are the element names.
 */
export type SsmlNormalizationChange = {
  /** The element as named in the input. */
  element: string;
  attribute?: string;
  before?: string;
  after?: string;
  /** 1-based line and column of the element's start tag in the source. */
  line: number;
  column: number;
};

/** Appends to `changes` what differs between `element` and its normalized head. */
export function recordElementChanges(options: {
  element: SsmlElement;
  head: NormalizedElementHead;
  changes: SsmlNormalizationChange[];
}): void {
  const { element, head, changes } = options;
  const position = {
    element: element.name,
    line: element.span.line,
    column: element.span.column,
  };
  if (head.name !== element.name)
    changes.push({ ...position, before: element.name, after: head.name });
  const before = element.attributes;
  const after = head.attributes;
  for (const attribute of Object.keys(before)) {
    const previous = before[attribute] as string;
    if (!Object.hasOwn(after, attribute))
      changes.push({ ...position, attribute, before: previous });
    else if (after[attribute] !== previous)
      changes.push({
        ...position,
        attribute,
        before: previous,
        after: after[attribute] as string,
      });
  }
  for (const attribute of Object.keys(after)) {
    if (!Object.hasOwn(before, attribute))
      changes.push({ ...position, attribute, after: after[attribute] as string });
  }
}
