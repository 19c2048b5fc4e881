import { forbiddenXmlCharacterClass } from './forbidden-xml-characters';
import type { MappedTextSink } from './mapped-text';
import type { SourceMap } from './source-map';
import { SourceMapBuilder } from './source-map-builder';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape';

const textSpecial = new RegExp(`[&<>${forbiddenXmlCharacterClass}]`);
const textSpecialGlobal = new RegExp(`[&<>${forbiddenXmlCharacterClass}]`, 'g');
const forbiddenGlobal = new RegExp(`[${forbiddenXmlCharacterClass}]`, 'g');
const carriageReturnGlobal = /\r/g;
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Writes XML while tracking output offsets: every text run records a
 * `SourceMap` segment, so positions an engine reports in the serialized
 * string lead back to the caller's source. Characters XML cannot carry
 * (control characters from plain text) are written as spaces.
 */
export class MarkupWriter implements MappedTextSink {
  private output = '';
  private readonly map = new SourceMapBuilder();
  /** Where the last open start tag ended, while nothing follows it. */
  private openStartTagEnd = -1;

  /**
   * `collapseEmptyElements`: an element with nothing written between its
   * start and end tags is written `<name …/>`, so serializing the reparsed
   * output gives it back unchanged.
   */
  constructor(private readonly options: { collapseEmptyElements?: boolean } = {}) {}

  get length(): number {
    return this.output.length;
  }

  /** Markup written as is, mapped to nothing. */
  markup(markup: string): void {
    this.output += markup;
  }

  /**
   * A start tag; `selfClosing` writes `<name …/>`. The value of
   * `mappedAttribute` (a `sub` alias, which engines speak) is mapped to the
   * given source range.
   */
  startTag(options: {
    name: string;
    attributes: ReadonlyArray<readonly [string, string]>;
    selfClosing?: boolean;
    mappedAttribute?: { name: string; sourceStart: number; sourceEnd: number };
  }): void {
    const mapped = options.mappedAttribute;
    this.output += `<${options.name}`;
    for (const [name, value] of options.attributes) {
      this.output += ` ${name}="`;
      const outputStart = this.output.length;
      this.output += escapeXmlAttribute(value);
      if (mapped !== undefined && mapped.name === name) {
        this.mapRange({ outputStart, outputEnd: this.output.length, ...mapped });
      }
      this.output += '"';
    }
    this.output += options.selfClosing ? '/>' : '>';
    this.openStartTagEnd = options.selfClosing ? -1 : this.output.length;
  }

  endTag(name: string): void {
    if (
      this.options.collapseEmptyElements &&
      this.output.length === this.openStartTagEnd
    ) {
      this.output = `${this.output.slice(0, -1)}/>`;
      this.openStartTagEnd = -1;
      return;
    }
    this.output += `</${name}>`;
  }

  literal(text: string, sourceStart: number): void {
    if (!textSpecial.test(text)) {
      const outputStart = this.output.length;
      this.output += text;
      this.map.addLinear({ outputStart, sourceStart, length: text.length });
      return;
    }
    let position = 0;
    textSpecialGlobal.lastIndex = 0;
    for (
      let match = textSpecialGlobal.exec(text);
      match !== null;
      match = textSpecialGlobal.exec(text)
    ) {
      const index = match.index;
      if (index > position)
        this.literal(text.slice(position, index), sourceStart + position);
      const escaped = escapes[match[0]];
      const outputStart = this.output.length;
      if (escaped === undefined) {
        this.output += ' ';
        this.map.addLinear({ outputStart, sourceStart: sourceStart + index, length: 1 });
      } else {
        this.output += escaped;
        this.map.addAtomic({
          outputStart,
          outputEnd: this.output.length,
          sourceStart: sourceStart + index,
          sourceEnd: sourceStart + index + 1,
        });
      }
      position = index + 1;
    }
    if (position < text.length)
      this.literal(text.slice(position), sourceStart + position);
  }

  replacement(text: string, sourceStart: number, sourceEnd: number): void {
    const outputStart = this.output.length;
    // A decoded CR (`&#13;`) stays a reference: written raw, XML would read it as LF.
    this.output += escapeXmlText(text.replace(forbiddenGlobal, ' ')).replace(
      carriageReturnGlobal,
      '&#13;',
    );
    this.map.addAtomic({
      outputStart,
      outputEnd: this.output.length,
      sourceStart,
      sourceEnd,
    });
  }

  /** Records that `[outputStart, outputEnd)` of what was written stands for a source range. */
  mapRange(options: {
    outputStart: number;
    outputEnd: number;
    sourceStart: number;
    sourceEnd: number;
  }): void {
    this.map.addAtomic({
      outputStart: options.outputStart,
      outputEnd: options.outputEnd,
      sourceStart: options.sourceStart,
      sourceEnd: options.sourceEnd,
    });
  }

  finish(): { output: string; sourceMap: SourceMap } {
    return { output: this.output, sourceMap: this.map.build() };
  }
}
