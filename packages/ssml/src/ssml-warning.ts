import type { SsmlElement } from './ast';

/** Something the serializer had to drop or change because the dialect cannot express it. */
export type SsmlWarning = {
  type: 'ssml';
  /** `dropped-element`, `dropped-attribute`, `converted-value`, `converted-element`. */
  code: string;
  message: string;
  element?: string;
  attribute?: string;
  /** Position of the (first) element concerned in the source. */
  line?: number;
  column?: number;
};

/**
 * Collects warnings, one per code, element name and attribute name: the
 * first occurrence is reported with its position, repeats are dropped.
 */
export class SsmlWarningCollector {
  readonly warnings: SsmlWarning[] = [];
  private readonly seen = new Set<string>();

  add(options: {
    code: string;
    message: string;
    element: SsmlElement;
    attribute?: string;
  }): void {
    const { code, element, attribute } = options;
    const key = `${code}\u0000${element.name}\u0000${attribute ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const warning: SsmlWarning = {
      type: 'ssml',
      code,
      message: options.message,
      element: element.name,
      line: element.span.line,
      column: element.span.column,
    };
    if (attribute !== undefined) warning.attribute = attribute;
    this.warnings.push(warning);
  }
}
