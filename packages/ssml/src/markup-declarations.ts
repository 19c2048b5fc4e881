import { createParseError } from './create-parse-error';
import { isXmlName } from './xml-name';

const quoted = `(?:"[^"]*"|'[^']*')`;
const externalId = `(?:SYSTEM[ \\t\\r\\n]+${quoted}|PUBLIC[ \\t\\r\\n]+${quoted}[ \\t\\r\\n]+${quoted})`;
const plainDoctype = new RegExp(
  `^DOCTYPE[ \\t\\r\\n]+[^ \\t\\r\\n"'\\[]+(?:[ \\t\\r\\n]+${externalId})?[ \\t\\r\\n]*$`,
);

/**
 * Checks a `<!…>` markup declaration (`source.slice(start, end)` is its body,
 * between `<!` and `>`). A DOCTYPE without an internal subset is accepted and
 * ignored: the external DTD is never fetched, so it cannot define entities.
 * An internal subset (`[…]`) or any `<!ENTITY` is rejected with
 * `doctype-not-allowed`, which makes "billion laughs" and XXE documents fail
 * fast without expanding anything.
 */
export function checkDeclaration(options: {
  source: string;
  start: number;
  end: number;
  allowDoctype: boolean;
}): void {
  const { source, start, end } = options;
  const body = source.slice(start, end);
  const fail = (reason: string, detail: string) =>
    createParseError({ source, offset: start - 2, reason, detail });
  if (body.startsWith('DOCTYPE')) {
    if (body.includes('[') || body.includes('<')) {
      throw fail(
        'doctype-not-allowed',
        'a DOCTYPE with an internal subset is not allowed: SSML input may not declare entities (they are never expanded)',
      );
    }
    if (!options.allowDoctype) {
      throw fail(
        'doctype-not-allowed',
        'a DOCTYPE may appear only once, before the root element',
      );
    }
    if (!plainDoctype.test(body))
      throw fail('malformed-markup', 'malformed DOCTYPE declaration');
    return;
  }
  if (/^(?:ENTITY|ELEMENT|ATTLIST|NOTATION)/.test(body)) {
    throw fail(
      'doctype-not-allowed',
      `<!${body.slice(0, body.search(/[^A-Z]|$/))} declarations are not allowed in SSML input`,
    );
  }
  throw fail('malformed-markup', `unknown markup declaration "<!${body.slice(0, 20)}"`);
}

const xmlDeclaration =
  /^xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*$/;

/**
 * Checks a processing instruction (`source.slice(start, end)` is its body,
 * between `<?` and `?>`). Processing instructions are ignored; the XML
 * declaration `<?xml …?>` is allowed only at the very start of the input.
 */
export function checkProcessingInstruction(options: {
  source: string;
  start: number;
  end: number;
  atDocumentStart: boolean;
}): void {
  const { source, start, end } = options;
  const body = source.slice(start, end);
  const target = /^[^ \t\r\n]*/.exec(body)?.[0] ?? '';
  const fail = (reason: string, detail: string) =>
    createParseError({ source, offset: start - 2, reason, detail });
  if (!isXmlName(target)) {
    throw fail(
      'malformed-processing-instruction',
      'a processing instruction must start with a name',
    );
  }
  if (target.toLowerCase() !== 'xml') return;
  if (target !== 'xml' || !options.atDocumentStart) {
    throw fail(
      'misplaced-xml-declaration',
      'the XML declaration <?xml …?> is allowed only at the very start of the input',
    );
  }
  if (!xmlDeclaration.test(body)) {
    throw fail(
      'malformed-xml-declaration',
      'malformed XML declaration; expected <?xml version="1.0" encoding="…"?>',
    );
  }
}
