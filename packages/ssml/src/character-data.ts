import { createParseError } from './create-parse-error';

/**
 * How character data is decoded: `text` and `attribute` resolve entity and
 * character references (attributes also turn tabs and newlines into spaces,
 * as XML attribute-value normalisation requires); `cdata` is literal. All
 * modes turn CRLF and lone CR into LF.
 */
export type CharacterDataMode = 'text' | 'attribute' | 'cdata';

/** Receives decoded character data piece by piece, with source ranges. */
export type CharacterDataSink = {
  /** `source.slice(sourceStart, sourceEnd)` is copied to the value unchanged. */
  literal(sourceStart: number, sourceEnd: number): void;
  /** `text` replaces `source.slice(sourceStart, sourceEnd)` (an entity, a CRLF). */
  replacement(text: string, sourceStart: number, sourceEnd: number): void;
};

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

const ampersand = 38;
const carriageReturn = 13;
const lineFeed = 10;
const tab = 9;

/**
 * Decodes `source.slice(start, end)`. Only the five XML entities and numeric
 * character references are defined (no DTD is ever read), so anything else
 * after `&` is an `invalid-entity` parse error at the `&`.
 */
export function decodeCharacterData(options: {
  source: string;
  start: number;
  end: number;
  mode: CharacterDataMode;
  sink?: CharacterDataSink;
}): string {
  const { source, end, mode, sink } = options;
  const isAttribute = mode === 'attribute';
  const isCdata = mode === 'cdata';
  let value = '';
  let runStart = options.start;
  const flush = (runEnd: number) => {
    if (runEnd <= runStart) return;
    value += source.slice(runStart, runEnd);
    sink?.literal(runStart, runEnd);
  };
  const replace = (text: string, from: number, to: number) => {
    flush(from);
    value += text;
    sink?.replacement(text, from, to);
    runStart = to;
  };
  for (let index = options.start; index < end; index++) {
    const code = source.charCodeAt(index);
    if (code === ampersand && !isCdata) {
      const reference = readReference(source, index, end);
      if (reference === undefined) throw invalidReference(source, index, end);
      replace(reference.text, index, index + reference.length);
      index += reference.length - 1;
    } else if (code === carriageReturn) {
      const length = index + 1 < end && source.charCodeAt(index + 1) === lineFeed ? 2 : 1;
      replace(isAttribute ? ' ' : '\n', index, index + length);
      index += length - 1;
    } else if (isAttribute && (code === lineFeed || code === tab)) {
      replace(' ', index, index + 1);
    }
  }
  flush(end);
  return value;
}

function readReference(
  source: string,
  at: number,
  end: number,
): { text: string; length: number } | undefined {
  const semicolon = source.indexOf(';', at + 1);
  if (semicolon === -1 || semicolon >= end || semicolon - at > 12) return undefined;
  const body = source.slice(at + 1, semicolon);
  const length = semicolon - at + 1;
  const named = namedEntities[body];
  if (named !== undefined && Object.hasOwn(namedEntities, body))
    return { text: named, length };
  let codePoint: number;
  if (/^#[0-9]{1,8}$/.test(body)) codePoint = Number.parseInt(body.slice(1), 10);
  else if (/^#x[0-9A-Fa-f]{1,7}$/.test(body))
    codePoint = Number.parseInt(body.slice(2), 16);
  else return undefined;
  if (!isXmlCharacter(codePoint)) return undefined;
  return { text: String.fromCodePoint(codePoint), length };
}

function isXmlCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

function invalidReference(source: string, at: number, end: number) {
  const semicolon = source.indexOf(';', at + 1);
  const body =
    semicolon !== -1 && semicolon < end && semicolon - at <= 40
      ? source.slice(at + 1, semicolon)
      : undefined;
  let detail: string;
  if (body?.startsWith('#')) {
    detail = `&${body}; is not a valid character reference (not a decimal &#N; or hex &#xN; reference to a character XML allows)`;
  } else if (body !== undefined && /^[A-Za-z_][\w.-]*$/.test(body)) {
    detail = `unknown entity &${body}; (SSML defines only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#160;)`;
  } else {
    detail = '"&" must start an entity reference; write &amp; for a literal ampersand';
  }
  return createParseError({ source, offset: at, reason: 'invalid-entity', detail });
}
