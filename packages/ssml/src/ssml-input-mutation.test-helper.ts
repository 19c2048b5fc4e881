import fc from 'fast-check';
import type { SsmlDocument, SsmlElement } from './ast';
import { positionAt } from './source-position';
import { SsmlParseError } from './ssml-parse-error';

/** Markup fragments that break (or almost break) a document when inserted anywhere. */
export const markupPieces = [
  '<',
  '&',
  '>',
  '"',
  "'",
  '</',
  '/>',
  '<!--',
  '-->',
  ']]>',
  '<![CDATA[',
  '<?',
  '?>',
  '&amp;',
  '&#',
  '&#x;',
  '&#0;',
  '&#xD800;',
  '&#1114112;',
  '&nbsp;',
  ';',
  '=',
  ' ',
  '\n',
  '\r',
  '\t',
  '\u0000',
  '\u000B',
  '\uFFFE',
  '\uFEFF',
  '\uD800',
  '😀',
  '<!DOCTYPE speak>',
  '<!DOCTYPE speak [<!ENTITY a "b">]>',
  '<!ENTITY x "y">',
  '<?xml version="1.0"?>',
  '<speak>',
  '</speak>',
  '<p>',
  '</p>',
  '<break/>',
  '<a b="c" b="d">',
  '<a b=c>',
  '<a b>',
  '</ p>',
  '<a:b:c>',
  '<1a>',
];

type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'swap'; at: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate-tag'; which: number; at: number };

const position = fc.nat({ max: 1_000_000 });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    text: fc.oneof(
      fc.constantFrom(...markupPieces),
      fc.string({ maxLength: 3, unit: 'binary' }),
    ),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: position,
    length: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ kind: fc.constant('swap' as const), at: position }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({
    kind: fc.constant('duplicate-tag' as const),
    which: fc.nat(),
    at: position,
  }),
);

function applyMutation(input: string, change: Mutation): string {
  const at = change.at % (input.length + 1);
  switch (change.kind) {
    case 'insert':
      return input.slice(0, at) + change.text + input.slice(at);
    case 'delete':
      return input.slice(0, at) + input.slice(at + change.length);
    case 'swap':
      return at + 1 < input.length
        ? input.slice(0, at) + input[at + 1] + input[at] + input.slice(at + 2)
        : input;
    case 'truncate':
      return input.slice(0, at);
    case 'duplicate-tag': {
      const tags = input.match(/<[^<>]*>/g) ?? [];
      const tag = tags[change.which % Math.max(1, tags.length)] ?? '<p>';
      return input.slice(0, at) + tag + input.slice(at);
    }
  }
}

/** `inputs` after one to four random insertions, deletions, swaps, truncations or duplicated tags. */
export function mutatedInputArbitrary(
  inputs: fc.Arbitrary<string>,
): fc.Arbitrary<string> {
  return fc
    .tuple(inputs, fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([input, changes]) => changes.reduce(applyMutation, input));
}

/** What is wrong with a parse error for `input`: not an `SsmlParseError`, or a position outside the input. */
export function parseErrorProblems(input: string, error: unknown): string[] {
  if (!SsmlParseError.isInstance(error))
    return [`threw a non-SsmlParseError: ${String(error)}`];
  const problems: string[] = [];
  const { offset, line, column } = error;
  if (!(Number.isInteger(offset) && offset >= 0 && offset <= input.length))
    problems.push(`offset ${offset} outside 0-${input.length}`);
  const expected = positionAt(input, offset);
  if (expected.line !== line || expected.column !== column)
    problems.push(
      `${line}:${column} is not where offset ${offset} is (${expected.line}:${expected.column})`,
    );
  if (!error.message.startsWith('[ttskit] [ssml]'))
    problems.push(`message ${error.message}`);
  if (typeof error.reason !== 'string' || error.reason === '') problems.push('no reason');
  if (!/\n\s*\^$/.test(error.snippet))
    problems.push(`snippet without caret: ${error.snippet}`);
  return problems;
}

/** Spans outside the source, children outside or before their siblings, depth and count. */
export function documentShapeProblems(document: SsmlDocument): string[] {
  const { source } = document;
  const problems: string[] = [];
  const visit = (element: SsmlElement, depth: number, start: number): number => {
    let cursor = start;
    for (const child of element.children) {
      const { span } = child;
      if (span.start < cursor || span.end < span.start || span.end > element.span.end)
        problems.push(
          `<${element.name}> child ${span.start}-${span.end} out of order or outside ${cursor}-${element.span.end}`,
        );
      const position = positionAt(source, span.start);
      if (position.line !== span.line || position.column !== span.column)
        problems.push(
          `span at ${span.start} says ${span.line}:${span.column}, not ${position.line}:${position.column}`,
        );
      cursor = span.end;
      if (child.type === 'element') visit(child, depth + 1, span.start);
    }
    return cursor;
  };
  const { span } = document.root;
  if (span.start < 0 || span.end > source.length || span.end < span.start)
    problems.push(`root span ${span.start}-${span.end} outside the source`);
  visit(document.root, 1, span.start);
  return problems;
}
