import { QuoteType } from 'htmlparser2';
import { decodeCharacterData } from './character-data';
import { createParseError } from './create-parse-error';
import { isXmlName } from './xml-name';
import { skipXmlWhitespace } from './xml-whitespace';

const slash = 47;
const attributeEscapes = /[&\r\n\t]/;

/**
 * Reads one start tag from tokenizer events and checks what htmlparser2
 * accepts but XML does not: attributes without a value or without quotes,
 * duplicates, missing whitespace between attributes, `<` in a value, stray
 * characters in the tag, and `/` not directly before `>`.
 */
export class StartTagReader {
  /** Offset of the tag's `<`. */
  start = 0;
  name = '';
  attributes: Record<string, string> = {};
  /** End of the last part of the tag that was read. */
  private cursor = 0;
  private attributeName = '';
  private attributeNameStart = 0;
  private valueStart = -1;
  private valueEnd = -1;

  constructor(private readonly source: string) {}

  /** A new tag whose name is `source.slice(nameStart, nameEnd)`. */
  begin(nameStart: number, nameEnd: number): void {
    const name = this.source.slice(nameStart, nameEnd);
    if (!isXmlName(name))
      throw this.fail(nameStart, 'invalid-name', `"${name}" is not a valid element name`);
    this.start = nameStart - 1;
    this.name = name;
    this.cursor = nameEnd;
    this.attributes = {};
  }

  attributeNameAt(start: number, end: number): void {
    this.expectWhitespace({ end: start, required: true });
    const name = this.source.slice(start, end);
    if (!isXmlName(name))
      throw this.fail(start, 'invalid-name', `"${name}" is not a valid attribute name`);
    this.attributeName = name;
    this.attributeNameStart = start;
    this.valueStart = -1;
  }

  attributeData(start: number, end: number): void {
    if (this.valueStart < 0) this.valueStart = start;
    this.valueEnd = end;
  }

  /** The attribute ends at `endIndex` (after its closing quote). */
  attributeEnd(quote: QuoteType, endIndex: number): void {
    const name = this.attributeName;
    if (quote === QuoteType.NoValue) {
      throw this.fail(
        this.attributeNameStart,
        'attribute-without-value',
        `attribute "${name}" has no value`,
      );
    }
    if (quote === QuoteType.Unquoted) {
      throw this.fail(
        this.valueStart,
        'unquoted-attribute-value',
        `the value of attribute "${name}" must be quoted`,
      );
    }
    if (this.valueStart < 0) this.valueStart = this.valueEnd = endIndex - 1;
    const { source, valueStart, valueEnd } = this;
    const raw = source.slice(valueStart, valueEnd);
    const markup = raw.indexOf('<');
    if (markup !== -1) {
      throw this.fail(
        valueStart + markup,
        'malformed-attribute',
        '"<" is not allowed in attribute values; write &lt;',
      );
    }
    const value = attributeEscapes.test(raw)
      ? decodeCharacterData({
          source,
          start: valueStart,
          end: valueEnd,
          mode: 'attribute',
        })
      : raw;
    if (Object.hasOwn(this.attributes, name)) {
      throw this.fail(
        this.attributeNameStart,
        'duplicate-attribute',
        `attribute "${name}" appears twice on <${this.name}>`,
      );
    }
    if (name === '__proto__') {
      Object.defineProperty(this.attributes, name, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      this.attributes[name] = value;
    }
    this.cursor = endIndex;
  }

  /** The tag ends with the `>` at `endIndex`; `selfClosing` when it is `/>`. */
  end(endIndex: number, selfClosing: boolean): void {
    if (!selfClosing) {
      this.expectWhitespace({ end: endIndex, required: false });
      return;
    }
    let slashIndex = endIndex - 1;
    while (slashIndex > this.cursor && this.source.charCodeAt(slashIndex) !== slash)
      slashIndex--;
    if (slashIndex + 1 !== endIndex) {
      throw this.fail(
        slashIndex + 1,
        'malformed-tag',
        '"/" must be followed directly by ">"',
      );
    }
    this.expectWhitespace({ end: slashIndex, required: false });
  }

  /** `[cursor, end)` must be whitespace; `required`: and not empty. */
  private expectWhitespace(options: { end: number; required: boolean }): void {
    const { source } = this;
    const { end } = options;
    const first = skipXmlWhitespace({ source, start: this.cursor, end });
    if (first < end) {
      throw this.fail(
        first,
        'malformed-tag',
        `unexpected "${source[first]}" in start tag <${this.name}>`,
      );
    }
    if (options.required && end === this.cursor) {
      throw this.fail(end, 'malformed-tag', 'attributes must be separated by whitespace');
    }
  }

  private fail(offset: number, reason: string, detail: string) {
    return createParseError({ source: this.source, offset, reason, detail });
  }
}
