import type { SsmlDocument, SsmlElement } from './ast';
import { boundaryElements, silentElements, substitutionAlias } from './element-roles';
import { writeMappedText } from './mapped-text';
import { PlainTextWriter } from './plain-text-writer';
import type { SourceMap } from './source-map';

/**
 * The text a listener hears, with a map from its offsets to the source.
 *
 * `sub` speaks its alias (mapped to the whole `sub` element); `audio` speaks
 * its fallback content; `desc`, `lexicon`, `metadata`, `meta`, `mark` and
 * `break` speak nothing; `speak`, `p`, `s`, `voice`, `break`, `audio` (and
 * Google's `media`, `par`, `seq`) separate words. Whitespace runs collapse
 * to one space and the ends are trimmed. For a document made by
 * `textToSsmlDocument` every kept character maps to its own offset.
 */
export function toPlainText(document: SsmlDocument): {
  text: string;
  sourceMap: SourceMap;
} {
  const writer = new PlainTextWriter();
  writeChildren({ document, element: document.root, writer });
  return writer.finish();
}

/** Writes the spoken content of `element`'s children to `writer`. */
export function writeChildren(options: {
  document: SsmlDocument;
  element: SsmlElement;
  writer: PlainTextWriter;
}): void {
  const { document, writer } = options;
  for (const child of options.element.children) {
    if (child.type === 'text') {
      writeMappedText({ document, text: child, sink: writer });
      continue;
    }
    const isBoundary = boundaryElements.has(child.name);
    if (isBoundary) writer.boundary();
    if (!silentElements.has(child.name)) {
      const alias = substitutionAlias(child);
      if (alias === undefined) writeChildren({ document, element: child, writer });
      else writer.replacement(alias, child.span.start, child.span.end);
    }
    if (isBoundary) writer.boundary();
  }
}
