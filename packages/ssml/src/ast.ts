/**
 * The typed SSML syntax tree. Every node records where it came from in the
 * caller's original input, so timings reported by an engine can be mapped
 * back to the characters the user typed.
 */

/** A position in the source: 0-based UTF-16 offset, 1-based line and column. */
export type SourcePosition = {
  offset: number;
  line: number;
  column: number;
};

/** Half-open range `[start, end)` of UTF-16 offsets into the source. */
export type SourceSpan = {
  start: number;
  end: number;
  /** Line and column of `start`. */
  line: number;
  column: number;
};

export type SsmlText = {
  type: 'text';
  /** Character data with entities decoded. */
  value: string;
  /** Where the raw (still escaped) character data sits in the source. */
  span: SourceSpan;
  /**
   * Set when the text came from a `<![CDATA[…]]>` section; `span` then covers
   * the whole section, delimiters included.
   */
  cdata?: boolean;
};

export type SsmlElement = {
  type: 'element';
  /** Qualified name as written, e.g. `prosody`, `amazon:effect`, `mstts:express-as`. */
  name: string;
  /** Attributes with entities decoded, in source order. */
  attributes: Record<string, string>;
  children: SsmlNode[];
  /** From the `<` of the start tag to after the `>` of the end tag. */
  span: SourceSpan;
};

export type SsmlNode = SsmlElement | SsmlText;

export type SsmlDocument = {
  type: 'document';
  /** The root element. Always `speak`: plain text and fragments are wrapped. */
  root: SsmlElement;
  /** The caller's original input, which every span points into. */
  source: string;
  /**
   * `ssml` when parsed from markup; `text` when built from plain text (spans
   * then index the text directly and no entity decoding applies).
   */
  origin: 'ssml' | 'text';
};
