import { forbiddenXmlCharacterClass } from './forbidden-xml-characters';
import type { MappedTextSink } from './mapped-text';
import type { SourceMap } from './source-map';
import { SourceMapBuilder } from './source-map-builder';

const forbidden = new RegExp(`[${forbiddenXmlCharacterClass}]`);
const forbiddenGlobal = new RegExp(`[${forbiddenXmlCharacterClass}]`, 'g');
const needsCollapsing = /[\t\n\r]| {2}|^ | $/;
const whitespaceRun = /[ \t\n\r]+/g;

/**
 * Writes spoken text with every run of whitespace collapsed to one space and
 * no leading or trailing whitespace, recording where each character came
 * from. A collapsed run maps to its first source character, so kept
 * characters keep their exact source offsets.
 */
export class PlainTextWriter implements MappedTextSink {
  private text = '';
  private pendingSpace = false;
  private pendingSpaceSource = -1;
  private readonly map = new SourceMapBuilder();

  /** Length of the text written so far (a pending space not included). */
  get length(): number {
    return this.text.length;
  }

  /** A word boundary: the next text is separated from the previous by a space. */
  boundary(): void {
    if (!this.pendingSpace) {
      this.pendingSpace = true;
      this.pendingSpaceSource = -1;
    }
  }

  literal(text: string, sourceStart: number): void {
    if (!needsCollapsing.test(text)) {
      this.appendLinear(text, sourceStart);
      return;
    }
    let position = 0;
    whitespaceRun.lastIndex = 0;
    for (
      let match = whitespaceRun.exec(text);
      match !== null;
      match = whitespaceRun.exec(text)
    ) {
      const runStart = match.index;
      const runEnd = runStart + match[0].length;
      const inside = runStart > position && runEnd < text.length;
      if (inside && match[0] === ' ') continue;
      if (runStart > position)
        this.appendLinear(text.slice(position, runStart), sourceStart + position);
      this.space(sourceStart + runStart);
      position = runEnd;
    }
    if (position < text.length)
      this.appendLinear(text.slice(position), sourceStart + position);
  }

  replacement(text: string, sourceStart: number, sourceEnd: number): void {
    const collapsed = text.replace(whitespaceRun, ' ');
    // XML whitespace only: a no-break space from `&#160;` is kept
    const core = collapsed.replace(/^ +| +$/g, '');
    if (collapsed.startsWith(' ')) this.space(sourceStart);
    if (core.length > 0) {
      this.flushSpace();
      const outputStart = this.text.length;
      this.text += core;
      this.map.addAtomic({
        outputStart,
        outputEnd: this.text.length,
        sourceStart,
        sourceEnd,
      });
    }
    if (core.length > 0 && collapsed.endsWith(' ')) this.space(sourceStart);
  }

  finish(): { text: string; sourceMap: SourceMap } {
    return { text: this.text, sourceMap: this.map.build() };
  }

  private space(sourceOffset: number): void {
    if (!this.pendingSpace || this.pendingSpaceSource < 0) {
      this.pendingSpace = true;
      this.pendingSpaceSource = sourceOffset;
    }
  }

  private flushSpace(): void {
    if (!this.pendingSpace) return;
    this.pendingSpace = false;
    if (this.text.length === 0) return;
    const outputStart = this.text.length;
    this.text += ' ';
    if (this.pendingSpaceSource >= 0) {
      this.map.addLinear({
        outputStart,
        sourceStart: this.pendingSpaceSource,
        length: 1,
      });
    }
  }

  private appendLinear(text: string, sourceStart: number): void {
    this.flushSpace();
    const outputStart = this.text.length;
    // control characters XML cannot carry (plain-text input) are heard as nothing: a space
    this.text += forbidden.test(text) ? text.replace(forbiddenGlobal, ' ') : text;
    this.map.addLinear({ outputStart, sourceStart, length: text.length });
  }
}
