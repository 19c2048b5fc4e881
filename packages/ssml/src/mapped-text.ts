import type { SsmlDocument, SsmlText } from './ast';
import { type CharacterDataSink, decodeCharacterData } from './character-data';

/** Receives a text node's decoded value piece by piece, with where each piece came from. */
export type MappedTextSink = {
  /** `text[i]` came from source offset `sourceStart + i`. */
  literal(text: string, sourceStart: number): void;
  /** `text` stands for the whole source range (an entity, a CRLF). */
  replacement(text: string, sourceStart: number, sourceEnd: number): void;
};

type Piece = { text: string; sourceStart: number; sourceEnd: number; literal: boolean };

/**
 * Replays a text node's `value` with source offsets. A value as long as its
 * raw source is that source unchanged; otherwise the raw source is decoded
 * again to find each entity. A node whose value no longer matches its
 * source (built or edited by hand) maps as a whole to its span.
 */
export function writeMappedText(options: {
  document: SsmlDocument;
  text: SsmlText;
  sink: MappedTextSink;
}): void {
  const { document, text, sink } = options;
  const { span, value } = text;
  const start = text.cdata ? span.start + 9 : span.start;
  const end = text.cdata ? span.end - 3 : span.end;
  if (value.length === end - start) {
    if (value.length > 0) sink.literal(value, start);
    return;
  }
  const pieces =
    document.origin === 'ssml' ? decodePieces({ document, start, end, text }) : undefined;
  if (pieces === undefined) {
    if (value.length > 0) sink.replacement(value, span.start, span.end);
    return;
  }
  for (const piece of pieces) {
    if (piece.literal) sink.literal(piece.text, piece.sourceStart);
    else sink.replacement(piece.text, piece.sourceStart, piece.sourceEnd);
  }
}

function decodePieces(options: {
  document: SsmlDocument;
  start: number;
  end: number;
  text: SsmlText;
}): Piece[] | undefined {
  const { source } = options.document;
  const pieces: Piece[] = [];
  const sink: CharacterDataSink = {
    literal: (sourceStart, sourceEnd) =>
      pieces.push({
        text: source.slice(sourceStart, sourceEnd),
        sourceStart,
        sourceEnd,
        literal: true,
      }),
    replacement: (text, sourceStart, sourceEnd) =>
      pieces.push({ text, sourceStart, sourceEnd, literal: false }),
  };
  try {
    const decoded = decodeCharacterData({
      source,
      start: options.start,
      end: options.end,
      mode: options.text.cdata ? 'cdata' : 'text',
      sink,
    });
    return decoded === options.text.value ? pieces : undefined;
  } catch {
    return undefined;
  }
}
