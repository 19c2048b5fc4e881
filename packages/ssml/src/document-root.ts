import type { SsmlElement, SsmlNode, SsmlText } from './ast';
import { createParseError, formatPosition } from './create-parse-error';
import { skipXmlWhitespace } from './xml-whitespace';

/**
 * Decides the document's root while top-level nodes arrive.
 *
 * The fragment rule: when no top-level element is `speak`, everything at top
 * level (text, any number of elements) is wrapped in a synthetic `speak`
 * whose span covers the whole input. When a top-level `speak` exists it is
 * the root, and any other non-whitespace top-level content is an error
 * (`multiple-roots` for an element, `text-outside-root` for text).
 */
export class DocumentRootTracker {
  private readonly nodes: SsmlNode[] = [];
  private speakRoot: SsmlElement | undefined;
  private stray: { offset: number; reason: string; detail: string } | undefined;

  constructor(private readonly source: string) {}

  /** Whether an element or non-whitespace text has appeared at top level. */
  get hasContent(): boolean {
    return this.speakRoot !== undefined || this.stray !== undefined;
  }

  addElement(element: SsmlElement): void {
    const offset = element.span.start;
    if (element.name === 'speak') {
      if (this.speakRoot !== undefined) {
        throw this.fail({
          offset,
          reason: 'multiple-roots',
          detail: `a second root element <speak> (the first opened at ${formatPosition(this.speakRoot.span)}); a document has exactly one root`,
        });
      }
      if (this.stray !== undefined) throw this.fail(this.stray);
      this.speakRoot = element;
      return;
    }
    const stray = {
      offset,
      reason: 'multiple-roots',
      detail: `element <${element.name}> is outside the root <speak>; a document has exactly one root`,
    };
    if (this.speakRoot !== undefined) throw this.fail(stray);
    this.stray ??= stray;
    this.nodes.push(element);
  }

  addText(text: SsmlText): void {
    const offset = skipXmlWhitespace({
      source: this.source,
      start: text.span.start,
      end: text.span.end,
    });
    if (offset < text.span.end || text.cdata) {
      const stray = {
        offset,
        reason: 'text-outside-root',
        detail: 'text outside the root <speak> element',
      };
      if (this.speakRoot !== undefined) throw this.fail(stray);
      this.stray ??= stray;
    }
    this.nodes.push(text);
  }

  /** The root: the top-level `speak`, or a synthetic `speak` around a fragment. */
  finish(): SsmlElement {
    if (this.speakRoot !== undefined) return this.speakRoot;
    return {
      type: 'element',
      name: 'speak',
      attributes: {},
      children: this.nodes,
      span: { start: 0, end: this.source.length, line: 1, column: 1 },
    };
  }

  private fail(options: { offset: number; reason: string; detail: string }) {
    return createParseError({ source: this.source, ...options });
  }
}
