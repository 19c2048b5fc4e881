import type { SsmlElement } from './ast';

/** What lowering did to an element, attribute or value the target cannot take as written. */
export type SsmlLoweringAction = 'converted' | 'clamped' | 'dropped' | 'emulated';

/**
 * One change a serializer made while lowering a document for a dialect:
 * `from` is what the document had, `to` what the target receives (empty
 * when dropped). Repeats of the same change are counted in `occurrences`;
 * `position` is the first one's.
 */
export type SsmlWarning = {
  type: 'ssml-lowered';
  action: SsmlLoweringAction;
  /** The element as written in the document, e.g. `prosody`, `amazon:effect`. */
  element: string;
  attribute?: string;
  from: string;
  to: string;
  message: string;
  /** The dialect lowered to, e.g. `azure`, `polly`, `text`. */
  dialect: string;
  /** Where the (first) element concerned starts in the source. */
  position: { offset: number; line: number; column: number };
  occurrences: number;
};

/**
 * Collects lowering warnings, one per distinct change (action, element,
 * attribute, from, to): the first occurrence keeps its position, repeats
 * increase `occurrences`.
 */
export class SsmlWarningCollector {
  readonly warnings: SsmlWarning[] = [];
  private readonly seen = new Map<string, SsmlWarning>();

  constructor(private readonly dialect: string) {}

  add(options: {
    action: SsmlLoweringAction;
    element: SsmlElement;
    attribute?: string;
    from: string;
    to?: string;
    message: string;
  }): void {
    const { action, element, attribute, from } = options;
    const to = options.to ?? '';
    const key = `${action}\u0000${element.name}\u0000${attribute ?? ''}\u0000${from}\u0000${to}`;
    const existing = this.seen.get(key);
    if (existing !== undefined) {
      existing.occurrences++;
      return;
    }
    const warning: SsmlWarning = {
      type: 'ssml-lowered',
      action,
      element: element.name,
      ...(attribute === undefined ? {} : { attribute }),
      from,
      to,
      message: options.message,
      dialect: this.dialect,
      position: {
        offset: element.span.start,
        line: element.span.line,
        column: element.span.column,
      },
      occurrences: 1,
    };
    this.seen.set(key, warning);
    this.warnings.push(warning);
  }
}

/** `<name a="b">` as written, for a warning's `from` or `to`. */
export function describeTag(
  name: string,
  attributes: Record<string, string> = {},
): string {
  let tag = `<${name}`;
  for (const [attribute, value] of Object.entries(attributes))
    tag += ` ${attribute}="${value}"`;
  return `${tag}>`;
}
