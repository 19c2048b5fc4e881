import { decodeXmlEntities } from './xml-entities';

/** A piece of an SSML string; `start`/`end` are UTF-16 offsets into it. */
export type SsmlToken =
  | { kind: 'text'; start: number; end: number }
  | {
      kind: 'tag';
      start: number;
      end: number;
      /** Lower-cased, prefix kept (`speechify:style`). */
      name: string;
      closing: boolean;
      selfClosing: boolean;
      /** Attribute values with entities decoded. */
      attributes: Map<string, string>;
    }
  /** Comments, processing instructions, declarations: never spoken. */
  | { kind: 'other'; start: number; end: number };

const attributePattern = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function closeOf(input: string, from: number): number {
  let quote: string | undefined;
  for (let index = from; index < input.length; index++) {
    const character = input[index];
    if (quote !== undefined) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '>') return index + 1;
  }
  return input.length;
}

function readTag(input: string, start: number, end: number): SsmlToken {
  const inner = input.slice(start + 1, end - 1);
  const closing = inner.startsWith('/');
  const selfClosing = !closing && inner.trimEnd().endsWith('/');
  const body = closing
    ? inner.slice(1)
    : selfClosing
      ? inner.trimEnd().slice(0, -1)
      : inner;
  const name = (/^\s*([^\s/>]+)/.exec(body)?.[1] ?? '').toLowerCase();
  const attributes = new Map<string, string>();
  for (const match of body.slice(name.length).matchAll(attributePattern)) {
    attributes.set(match[1] as string, decodeXmlEntities(match[2] ?? match[3] ?? ''));
  }
  return { kind: 'tag', start, end, name, closing, selfClosing, attributes };
}

/**
 * Splits well-formed SSML into text, tags and the rest. Entities stay in
 * the text tokens as written; CDATA sections count as text.
 */
export function tokenizeSsml(input: string): SsmlToken[] {
  const tokens: SsmlToken[] = [];
  let index = 0;
  while (index < input.length) {
    const open = input.indexOf('<', index);
    const textEnd = open === -1 ? input.length : open;
    if (textEnd > index) tokens.push({ kind: 'text', start: index, end: textEnd });
    if (open === -1) break;
    const terminator = input.startsWith('<!--', open)
      ? '-->'
      : input.startsWith('<![CDATA[', open)
        ? ']]>'
        : input.startsWith('<?', open)
          ? '?>'
          : undefined;
    if (terminator !== undefined) {
      const found = input.indexOf(terminator, open);
      const end = found === -1 ? input.length : found + terminator.length;
      tokens.push({ kind: terminator === ']]>' ? 'text' : 'other', start: open, end });
      index = end;
      continue;
    }
    const end = closeOf(input, open + 1);
    tokens.push(
      input[open + 1] === '!'
        ? { kind: 'other', start: open, end }
        : readTag(input, open, end),
    );
    index = end;
  }
  return tokens;
}
