import type { SsmlElement } from './ast';
import type { ValidationContext } from './validate-ssml-options';

/**
 * Tracks `xml:id` values (which must be unique in the document) and
 * `lookup ref`s (which must name a `lexicon`'s `xml:id`).
 */
export class ReferenceTracker {
  private readonly identifiers = new Set<string>();
  private readonly lexicons = new Set<string>();
  private readonly lookups: SsmlElement[] = [];

  constructor(private readonly context: ValidationContext) {}

  /** Records the element's `xml:id` (reporting a duplicate) and `lookup ref`. */
  record(element: SsmlElement): void {
    const { attributes } = element;
    const identifier = attributes['xml:id'];
    if (identifier !== undefined && Object.hasOwn(attributes, 'xml:id')) {
      if (this.identifiers.has(identifier)) {
        this.context.collector.attribute({
          code: 'duplicate-id',
          severity: 'error',
          message: `xml:id="${identifier}" is already used earlier in the document; identifiers must be unique`,
          element,
          attribute: 'xml:id',
        });
      }
      this.identifiers.add(identifier);
      if (element.name === 'lexicon') this.lexicons.add(identifier);
    }
    if (element.name === 'lookup' && Object.hasOwn(attributes, 'ref'))
      this.lookups.push(element);
  }

  /** Reports every `lookup` whose `ref` names no lexicon of the document. */
  finish(): void {
    for (const lookup of this.lookups) {
      const reference = lookup.attributes.ref as string;
      if (this.lexicons.has(reference)) continue;
      this.context.collector.attribute({
        code: 'unknown-lexicon',
        severity: 'error',
        message: `<lookup ref="${reference}"> names no <lexicon xml:id="${reference}"> of this document`,
        element: lookup,
        attribute: 'ref',
      });
    }
  }
}
