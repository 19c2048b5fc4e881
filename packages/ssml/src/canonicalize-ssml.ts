import type { SsmlDocument, SsmlElement } from './ast';
import { boundaryElements } from './element-roles';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape';

const collapsible = /[\t\n\r]| {2}/;
const whitespaceRun = /[ \t\n\r]+/g;
const ignoredSpeakAttribute = /^(?:version|xmlns(?::.*)?)$/;

/**
 * A stable string, equal for documents that sound the same, for cache keys.
 *
 * Ignored: whitespace runs (collapsed to one space) and whitespace at the
 * edges of and next to word-separating elements (`speak`, `p`, `s`,
 * `voice`, `break`…), attribute order, quote style, entities versus literal
 * characters, CDATA versus escaped text, comments, processing instructions,
 * the XML declaration, and `version`/`xmlns`/`xmlns:*` on `speak`. Plain
 * text and `<speak>` around the same text are equal. Any change to spoken
 * text, an element, an attribute name or value (`xml:lang` included) differs.
 *
 * Built by direct string concatenation (V8 joins the pieces lazily), which
 * measured faster than `JSON.stringify` of the tree.
 */
export function canonicalizeSsml(document: SsmlDocument): string {
  return canonicalElement(document.root);
}

function canonicalElement(element: SsmlElement): string {
  let { name, attributes } = element;
  // Azure's <bookmark mark="x"/> is W3C's <mark name="x"/>
  if (
    name === 'bookmark' &&
    attributes.mark !== undefined &&
    attributes.name === undefined
  ) {
    const { mark, ...rest } = attributes;
    name = 'mark';
    attributes = { ...rest, name: mark };
  }
  let tag = `<${name}`;
  let names = Object.keys(attributes);
  if (name === 'speak')
    names = names.filter((attribute) => !ignoredSpeakAttribute.test(attribute));
  if (names.length > 1) names.sort();
  for (const attribute of names) {
    tag += ` ${attribute}="${escapeXmlAttribute(attributes[attribute] as string)}"`;
  }
  const content = element.children.length === 0 ? '' : canonicalChildren(element);
  return content === '' ? `${tag}/>` : `${tag}>${content}</${name}>`;
}

function canonicalChildren(element: SsmlElement): string {
  let content = '';
  let text = '';
  let trimStart = boundaryElements.has(element.name);
  for (const child of element.children) {
    if (child.type === 'text') {
      text += child.value;
      continue;
    }
    const childIsBlock = boundaryElements.has(child.name);
    if (text !== '') content += canonicalText({ text, trimStart, trimEnd: childIsBlock });
    text = '';
    content += canonicalElement(child);
    trimStart = childIsBlock;
  }
  if (text !== '') {
    content += canonicalText({
      text,
      trimStart,
      trimEnd: boundaryElements.has(element.name),
    });
  }
  return content;
}

function canonicalText(options: {
  text: string;
  trimStart: boolean;
  trimEnd: boolean;
}): string {
  let { text } = options;
  if (collapsible.test(text)) text = text.replace(whitespaceRun, ' ');
  if (options.trimStart && text.charCodeAt(0) === 32) text = text.slice(1);
  if (options.trimEnd && text.charCodeAt(text.length - 1) === 32)
    text = text.slice(0, -1);
  return escapeXmlText(text);
}
