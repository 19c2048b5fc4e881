import fc from 'fast-check';
import { w3cElementNames } from './elements/element-names';
import {
  type ElementSpec,
  elementSpecs,
  language,
  prologs,
} from './ssml-element-grammar.test-helper';
import type { ModelElement, ModelNode } from './ssml-model-tree.test-helper';
import { encodeAttributeValue, encodeText } from './xml-encoding.test-helper';

/**
 * Random well-formed SSML documents as strings, from a grammar of the
 * elements and attributes users send (W3C, vendor extensions, one unknown
 * element), with the tree the parser should build from them (`model`).
 *
 * Text and attribute values mix words in many scripts (CJK, Hebrew, Arabic,
 * astral emoji, combining marks), whitespace runs (CRLF and lone CR
 * included), `&`, `<`, `>`, quotes and `]]`, each written raw or as a named
 * or numeric reference; documents also hold CDATA sections, comments,
 * processing instructions, an optional prolog (BOM, XML declaration,
 * DOCTYPE) and odd whitespace inside tags. Depth and size are bounded.
 */

/**
 * A generated piece of markup and the nodes it should parse to; text keeps
 * its value and encoding choices so adjacent texts are encoded together
 * (`]]` then `>`, or CR then LF, must not meet across a seam).
 */
type Generated = {
  raw: string;
  nodes: ModelNode[];
  text?: { value: string; choices: number[] };
};

/** The markup of `children`, adjacent texts merged before encoding. */
function joinChildren(children: readonly Generated[]): Generated {
  let raw = '';
  let pending: { value: string; choices: number[] } | undefined;
  const flush = () => {
    if (pending !== undefined) raw += encodeText(pending.value, pending.choices);
    pending = undefined;
  };
  for (const child of children) {
    if (child.text === undefined) {
      flush();
      raw += child.raw;
    } else if (pending === undefined) pending = { ...child.text };
    else pending.value += child.text.value;
  }
  flush();
  return { raw, nodes: children.flatMap((child) => child.nodes) };
}

export type GeneratedDocument = {
  source: string;
  /** The root the parser should build (a synthetic `speak` for fragments). */
  model: ModelElement;
  isFragment: boolean;
};

const words = [
  'Hello',
  'world.',
  'Dr.',
  '1,234.5',
  '2024-01-02',
  'ABC',
  'a',
  '日本語',
  '中文',
  '한국어',
  'שלום',
  'مرحبا',
  '😀',
  '👩‍👩‍👧',
  '𝄞',
  '𠜎',
  'e\u0301',
  '\u00A0',
  '\u2028',
  '\u200F',
  '\uFEFF',
  '&',
  '&amp;',
  '<',
  '<speak>',
  '>',
  '"',
  "'",
  ']]',
  '[x]',
  '--',
  '?!',
  '\r',
];
const whitespace = [' ', '  ', '\t', '\n', ' \n\t ', '\n\n'];

const textValue = fc
  .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...whitespace)), {
    minLength: 1,
    maxLength: 6,
  })
  .map((pieces) => pieces.join(''));

const encodingChoices = fc.array(fc.nat(5), { minLength: 1, maxLength: 16 });

const text: fc.Arbitrary<Generated> = fc
  .tuple(textValue, encodingChoices)
  .map(([value, choices]) => ({
    raw: encodeText(value, choices),
    nodes: [{ type: 'text', value }],
    text: { value, choices },
  }));

const cdataPieces = [
  'a < b',
  '&amp;',
  '<speak>',
  ']',
  ']]',
  ' ',
  '\n',
  '日本',
  '😀',
  '"\'',
];
const cdata: fc.Arbitrary<Generated> = fc
  .tuple(fc.array(fc.constantFrom(...cdataPieces), { maxLength: 4 }), fc.boolean())
  .map(([pieces, crlf]) => {
    const value = pieces.join('');
    const raw = crlf ? value.replaceAll('\n', '\r\n') : value;
    return { raw: `<![CDATA[${raw}]]>`, nodes: [{ type: 'text', value }] };
  });

const ignoredMarkup: fc.Arbitrary<Generated> = fc
  .constantFrom(
    '<!---->',
    '<!-- note -->',
    '<!-- a - b <speak> & 😀 -->',
    '<?ttskit-note data?>',
    '<?x?>',
  )
  .map((raw) => ({ raw, nodes: [] }));

const tagSpace = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\t', '\r\n', ' \n  ');
const optionalTagSpace = fc.constantFrom('', '', '', ' ', '\n', '\t ');

/** An attribute list of `spec`, each value written with a random quote and encoding. */
function attributesOf(
  spec: ElementSpec,
): fc.Arbitrary<{ raw: string; values: Record<string, string> }> {
  return fc
    .tuple(
      fc.record(spec.attributes, { requiredKeys: [] }),
      fc.array(
        fc.tuple(tagSpace, fc.constantFrom('"', "'"), encodingChoices, optionalTagSpace),
        {
          minLength: 4,
          maxLength: 4,
        },
      ),
    )
    .map(([values, styles]) => {
      let raw = '';
      const decoded: Record<string, string> = {};
      Object.entries(values).forEach(([name, value], index) => {
        const [space, quote, choices, aroundEquals] = styles[index % styles.length] as [
          string,
          '"' | "'",
          number[],
          string,
        ];
        const encoded = encodeAttributeValue({ value: value as string, quote, choices });
        raw += `${space}${name}${aroundEquals}=${aroundEquals}${quote}${encoded.raw}${quote}`;
        decoded[name] = encoded.value;
      });
      return { raw, values: decoded };
    });
}

function elementOf(
  spec: ElementSpec,
  node: fc.Arbitrary<Generated>,
): fc.Arbitrary<Generated> {
  return fc
    .tuple(
      attributesOf(spec),
      spec.empty ? fc.constant([]) : fc.array(node, { maxLength: 4 }),
      optionalTagSpace,
      fc.constantFrom('/>', '></end>'),
    )
    .map(([attributes, children, closingSpace, emptyForm]) => {
      const startTag = `<${spec.name}${attributes.raw}${closingSpace}`;
      const { raw: content, nodes } = joinChildren(children);
      const raw =
        content === ''
          ? `${startTag}${emptyForm.replace('end', spec.name)}`
          : `${startTag}>${content}</${spec.name}${closingSpace}>`;
      const element: ModelElement = {
        type: 'element',
        name: spec.name,
        attributes: attributes.values,
        children: nodes,
      };
      return { raw, nodes: [element] };
    });
}

/** `all` elements, or only W3C SSML 1.1 elements and non-vendor attributes. */
export type Vocabulary = 'all' | 'w3c';

const w3cNames: ReadonlySet<string> = new Set(w3cElementNames);

function specsOf(vocabulary: Vocabulary): ElementSpec[] {
  if (vocabulary === 'all') return elementSpecs;
  return elementSpecs
    .filter((spec) => w3cNames.has(spec.name) && spec.name !== 'speak')
    .map((spec) => ({
      ...spec,
      attributes: Object.fromEntries(
        Object.entries(spec.attributes).filter(
          ([name]) => !name.includes(':') || name.startsWith('xml:'),
        ),
      ),
    }));
}

/** Nodes nested at most `maxDepth` deep (text, CDATA or ignored markup at the leaves). */
export function ssmlNodeArbitrary(
  options: { maxDepth?: number; vocabulary?: Vocabulary } = {},
): fc.Arbitrary<Generated> {
  const specs = specsOf(options.vocabulary ?? 'all');
  const { node } = fc.letrec<{ node: Generated }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: options.maxDepth ?? 4, withCrossShrink: true },
      { weight: 6, arbitrary: text },
      { weight: 1, arbitrary: cdata },
      { weight: 1, arbitrary: ignoredMarkup },
      ...specs.map((spec) => ({
        weight: Math.max(1, Math.round((spec.weight ?? 1) * 2)),
        arbitrary: elementOf(spec, tie('node')),
      })),
    ),
  }));
  return node;
}

const rootAttributes = fc.record(
  {
    version: fc.constantFrom('1.0', '1.1'),
    xmlns: fc.constant('http://www.w3.org/2001/10/synthesis'),
    'xml:lang': language,
    'xmlns:amazon': fc.constant('https://amazon.com/polly'),
    'xmlns:mstts': fc.constant('https://www.w3.org/2001/mstts'),
  },
  { requiredKeys: [] },
);

/** A whole document: a `speak` root with an optional prolog, or now and then a fragment. */
export function ssmlDocumentArbitrary(
  options: { maxDepth?: number; vocabulary?: Vocabulary } = {},
): fc.Arbitrary<GeneratedDocument> {
  const node = ssmlNodeArbitrary(options);
  const children = fc.array(node, { maxLength: 5 });
  const rooted = fc
    .tuple(
      fc.constantFrom(...prologs),
      rootAttributes,
      encodingChoices,
      children,
      fc.constantFrom('', '\n', '<!-- after -->', ' \r\n'),
    )
    .map(([prolog, values, choices, nodes, epilog]) => {
      let attributeText = '';
      const attributes: Record<string, string> = {};
      for (const [name, value] of Object.entries(values)) {
        const encoded = encodeAttributeValue({ value, quote: '"', choices });
        attributeText += ` ${name}="${encoded.raw}"`;
        attributes[name] = encoded.value;
      }
      const { raw: content } = joinChildren(nodes);
      const root =
        content === ''
          ? `<speak${attributeText}/>`
          : `<speak${attributeText}>${content}</speak>`;
      const model: ModelElement = {
        type: 'element',
        name: 'speak',
        attributes,
        children: nodes.flatMap((child) => child.nodes),
      };
      return { source: `${prolog}${root}${epilog}`, model, isFragment: false };
    });
  const fragment = children
    .filter((nodes) => nodes.every((child) => !child.raw.startsWith('<speak')))
    .map((nodes) => {
      let { raw: source } = joinChildren(nodes);
      // A leading byte-order mark is skipped by design; write it as a reference.
      if (source.startsWith('\uFEFF')) source = `&#xFEFF;${source.slice(1)}`;
      const model: ModelElement = {
        type: 'element',
        name: 'speak',
        attributes: {},
        children: nodes.flatMap((child) => child.nodes),
      };
      return { source, model, isFragment: true };
    });
  return fc.oneof({ weight: 4, arbitrary: rooted }, { weight: 1, arbitrary: fragment });
}
