import { type QuoteType, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { SourceSpan, SsmlElement, SsmlText } from './ast';
import { decodeCharacterData } from './character-data';
import { createParseError, formatPosition } from './create-parse-error';
import { DocumentRootTracker } from './document-root';
import { checkDeclaration, checkProcessingInstruction } from './markup-declarations';
import { diagnoseMarkup } from './markup-diagnosis';
import { LineTracker, positionAt } from './source-position';
import { StartTagReader } from './start-tag-reader';
import { skipXmlWhitespace } from './xml-whitespace';

// Text needing more than a copy: markup, references, CR, or a stray `]]>`.
const textSpecial = /[<&\r]|\]\]>/;
const greaterThan = 62;
const slash = 47;

/**
 * Builds the SSML tree from htmlparser2's XML-mode `Tokenizer` events.
 *
 * htmlparser2 is forgiving; SSML must not be. Each event reports exact
 * offsets, and the builder checks that the tokens tile the input with no
 * gaps (`consumed` is the end of the last complete construct), so anything
 * the tokenizer silently turned into text or dropped (a stray `<`, `</ a>`,
 * an unterminated comment) surfaces as an `SsmlParseError`. Every error is
 * thrown from inside a callback, which also stops the tokenizer at once.
 */
export class SsmlTreeBuilder implements TokenizerCallbacks {
  private readonly lines: LineTracker;
  private readonly root: DocumentRootTracker;
  private readonly stack: SsmlElement[] = [];
  private consumed: number;
  private nodeCount = 0;
  private readonly tag: StartTagReader;
  private seenDoctype = false;

  constructor(
    private readonly source: string,
    private readonly limits: { maxDepth: number; maxNodes: number },
  ) {
    this.lines = new LineTracker(source);
    this.root = new DocumentRootTracker(source);
    this.tag = new StartTagReader(source);
    this.consumed = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** Tokenizes the whole source and returns the root element. */
  build(): SsmlElement {
    const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: false }, this);
    tokenizer.write(this.source);
    tokenizer.end();
    return this.root.finish();
  }

  ontext(start: number, end: number): void {
    // A leading byte-order mark is skipped: `consumed` starts after it.
    const from = start < this.consumed && start === 0 ? this.consumed : start;
    if (from !== this.consumed) throw this.gap();
    if (from >= end) return;
    const { source } = this;
    const raw = source.slice(from, end);
    let value = raw;
    if (textSpecial.test(raw)) {
      const markup = raw.indexOf('<');
      if (markup !== -1) throw diagnoseMarkup({ source, offset: from + markup });
      const cdataEnd = raw.indexOf(']]>');
      if (cdataEnd !== -1) {
        throw this.fail(
          from + cdataEnd,
          'malformed-text',
          '"]]>" is not allowed in text; write ]]&gt;',
        );
      }
      value = decodeCharacterData({ source, start: from, end, mode: 'text' });
    }
    this.consumed = end;
    this.addText({ type: 'text', value, span: this.span(from, end) });
  }

  oncdata(start: number, endIndex: number, endOffset: number): void {
    const sectionStart = start - 9;
    if (sectionStart !== this.consumed) throw this.gap();
    const { source } = this;
    if (endOffset === 0 || !source.startsWith(']]>', endIndex - 2)) {
      throw diagnoseMarkup({ source, offset: sectionStart });
    }
    const contentEnd = endIndex - 2;
    const raw = source.slice(start, contentEnd);
    const value =
      raw.indexOf('\r') === -1
        ? raw
        : decodeCharacterData({ source, start, end: contentEnd, mode: 'cdata' });
    this.consumed = endIndex + 1;
    this.addText({
      type: 'text',
      value,
      span: this.span(sectionStart, endIndex + 1),
      cdata: true,
    });
  }

  onopentagname(start: number, end: number): void {
    if (start - 1 !== this.consumed) throw this.gap();
    this.tag.begin(start, end);
    if (this.stack.length >= this.limits.maxDepth) {
      throw this.fail(
        start - 1,
        'limit-exceeded',
        `elements are nested more than ${this.limits.maxDepth} deep (raise the maxDepth option to allow more)`,
      );
    }
  }

  onattribname(start: number, end: number): void {
    this.tag.attributeNameAt(start, end);
  }

  onattribdata(start: number, end: number): void {
    this.tag.attributeData(start, end);
  }

  onattribend(quote: QuoteType, endIndex: number): void {
    this.tag.attributeEnd(quote, endIndex);
  }

  onopentagend(endIndex: number): void {
    this.tag.end(endIndex, false);
    this.openElement(endIndex + 1, false);
  }

  onselfclosingtag(endIndex: number): void {
    this.tag.end(endIndex, true);
    this.openElement(endIndex + 1, true);
  }

  onclosetag(start: number, end: number): void {
    const { source } = this;
    const tagStart = start - 2;
    if (tagStart !== this.consumed || source.charCodeAt(tagStart + 1) !== slash)
      throw this.gap();
    const name = source.slice(start, end);
    const close = skipXmlWhitespace({ source, start: end, end: source.length });
    if (close >= source.length) throw diagnoseMarkup({ source, offset: tagStart });
    if (source.charCodeAt(close) !== greaterThan) {
      throw this.fail(
        close,
        'malformed-end-tag',
        `unexpected "${source[close]}" in end tag </${name}>`,
      );
    }
    const open = this.stack[this.stack.length - 1];
    if (open === undefined) {
      throw this.fail(
        tagStart,
        'unexpected-end-tag',
        `end tag </${name}> has no matching start tag`,
      );
    }
    if (open.name !== name) {
      throw this.fail(
        tagStart,
        'mismatched-end-tag',
        `end tag </${name}> does not match open <${open.name}> (opened at ${formatPosition(open.span)})`,
      );
    }
    open.span.end = close + 1;
    this.stack.pop();
    this.consumed = close + 1;
  }

  oncomment(start: number, endIndex: number, endOffset: number): void {
    const commentStart = start - 4;
    if (commentStart !== this.consumed) throw this.gap();
    const { source } = this;
    if (endOffset !== 0 && source.startsWith('--!>', endIndex - 3)) {
      throw this.fail(
        endIndex - 3,
        'malformed-comment',
        '"--" is not allowed inside a comment',
      );
    }
    if (endOffset === 0 || !source.startsWith('-->', endIndex - 2)) {
      throw diagnoseMarkup({ source, offset: commentStart });
    }
    const body = source.slice(start, endIndex - 2);
    const doubleDash = `${body}-`.indexOf('--');
    if (doubleDash !== -1) {
      throw this.fail(
        start + doubleDash,
        'malformed-comment',
        '"--" is not allowed inside a comment',
      );
    }
    this.consumed = endIndex + 1;
  }

  ondeclaration(start: number, endIndex: number): void {
    if (start - 2 !== this.consumed) throw this.gap();
    checkDeclaration({
      source: this.source,
      start,
      end: endIndex,
      allowDoctype: !this.seenDoctype && !this.root.hasContent,
    });
    this.seenDoctype = true;
    this.consumed = endIndex + 1;
  }

  onprocessinginstruction(start: number, endIndex: number): void {
    if (start - 2 !== this.consumed) throw this.gap();
    checkProcessingInstruction({
      source: this.source,
      start,
      end: endIndex,
      atDocumentStart: start - 2 === (this.source.charCodeAt(0) === 0xfeff ? 1 : 0),
    });
    this.consumed = endIndex + 2;
  }

  onend(): void {
    if (this.consumed < this.source.length) throw this.gap();
    const open = this.stack[this.stack.length - 1];
    if (open !== undefined) {
      throw this.fail(
        open.span.start,
        'unclosed-element',
        `element <${open.name}> is never closed (the input ends at ${formatPosition(positionAt(this.source, this.source.length))})`,
      );
    }
  }

  // Entities are decoded by `decodeCharacterData` (decodeEntities is off).
  ontextentity(): void {}
  onattribentity(): void {}

  private openElement(tagEnd: number, selfClosing: boolean): void {
    const { tag } = this;
    const element: SsmlElement = {
      type: 'element',
      name: tag.name,
      attributes: tag.attributes,
      children: [],
      span: this.span(tag.start, tagEnd),
    };
    this.countNode(tag.start);
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) this.root.addElement(element);
    else parent.children.push(element);
    if (!selfClosing) this.stack.push(element);
    this.consumed = tagEnd;
  }

  private addText(text: SsmlText): void {
    this.countNode(text.span.start);
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) this.root.addText(text);
    else parent.children.push(text);
  }

  private countNode(offset: number): void {
    if (++this.nodeCount > this.limits.maxNodes) {
      throw this.fail(
        offset,
        'limit-exceeded',
        `the document has more than ${this.limits.maxNodes} nodes (raise the maxNodes option to allow more)`,
      );
    }
  }

  private span(start: number, end: number): SourceSpan {
    const line = this.lines.advanceTo(start);
    return { start, end, line, column: start - this.lines.lineStart + 1 };
  }

  private gap() {
    return diagnoseMarkup({ source: this.source, offset: this.consumed });
  }

  private fail(offset: number, reason: string, detail: string) {
    return createParseError({ source: this.source, offset, reason, detail });
  }
}
