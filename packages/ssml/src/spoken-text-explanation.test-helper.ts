import type { SsmlDocument, SsmlElement } from './ast';
import type { SsmlWarning } from './ssml-warning';

/**
 * Which differences between the spoken text of a lowered document and of
 * the original a warning excuses. Warnings are matched by element name
 * (repeats are merged into one warning, so positions cannot single out
 * instances): a warning about `<audio>` excuses every `audio`.
 *
 * - `dropped` about an element (no `attribute`): its content may be spoken
 *   or be gone (espeak unwraps `audio` and keeps the fallback; a dialect may
 *   remove the whole element). For `sub`, the content may replace the alias.
 * - `dropped`, `converted` or `emulated` about an element: a word boundary
 *   may appear at its edges (`lang` becoming espeak's `voice` separates
 *   words: "Paris ." for "Paris."). A boundary never disappears: words that
 *   were apart must stay apart.
 * - `emulated` or `converted` about `say-as`: its content may be spelled
 *   out, each letter or digit a word of its own ("park" → "p a r k"), as
 *   the text dialect does for `interpret-as="characters"`.
 * - `dropped`/`converted` about the `alias` attribute of `sub`: the content
 *   may replace the alias.
 * - Any other warning about an attribute (voice `name`, say-as
 *   `interpret-as`, prosody values, `clamped`) excuses no difference in the
 *   words.
 *
 * Everything else must be spoken exactly as in the original.
 */

type Presence = 'no' | 'yes' | 'maybe';
/** 0: no space pending, 1: an optional space, 2: a space. */
type Space = 0 | 1 | 2;

const whitespaceRun = /([ \t\n\r]+)/;
const regexSpecial = /[.*+?^${}()|[\]\\]/g;
const boundaryElements = new Set([
  'speak',
  'p',
  's',
  'voice',
  'break',
  'audio',
  'media',
  'par',
  'seq',
]);
const silentElements = new Set(['desc', 'lexicon', 'metadata', 'meta', 'mark', 'break']);
const letterOrDigit = /[\p{L}\p{N}]/u;

/** Builds a regular expression over whitespace-collapsed text, tracking pending spaces like the plain-text writer. */
class PatternBuilder {
  source = '';
  emitted: Presence = 'no';
  pending: Space = 0;

  text(value: string): void {
    for (const piece of value.split(whitespaceRun)) {
      if (piece === '') continue;
      if (/^[ \t\n\r]/.test(piece)) this.boundary(2);
      else this.word(piece);
    }
  }

  word(word: string): void {
    let prefix = '';
    if (this.emitted !== 'no' && this.pending > 0)
      prefix = this.emitted === 'yes' && this.pending === 2 ? ' ' : ' ?';
    this.source += prefix + word.replace(regexSpecial, '\\$&');
    this.emitted = 'yes';
    this.pending = 0;
  }

  boundary(space: Space): void {
    if (space > this.pending) this.pending = space;
  }

  /** One of `branches` is spoken. */
  alternatives(branches: ReadonlyArray<(builder: PatternBuilder) => void>): void {
    const built = branches.map((branch) => {
      const builder = new PatternBuilder();
      builder.emitted = this.emitted;
      builder.pending = this.pending;
      branch(builder);
      return builder;
    });
    const sources = [...new Set(built.map((builder) => builder.source))];
    this.source += sources.length === 1 ? sources[0] : `(?:${sources.join('|')})`;
    const [first, ...others] = built as [PatternBuilder, ...PatternBuilder[]];
    this.emitted = others.every((other) => other.emitted === first.emitted)
      ? first.emitted
      : 'maybe';
    this.pending = others.every((other) => other.pending === first.pending)
      ? first.pending
      : 1;
  }
}

type Excuses = Map<string, Set<string>>;

function excusesOf(warnings: readonly SsmlWarning[]): Excuses {
  const excuses: Excuses = new Map();
  for (const warning of warnings) {
    const key =
      warning.attribute === undefined
        ? warning.element
        : `${warning.element}@${warning.attribute}`;
    const actions = excuses.get(key) ?? new Set<string>();
    excuses.set(key, actions);
    actions.add(warning.action);
  }
  return excuses;
}

function textOf(element: SsmlElement): string {
  let text = '';
  for (const child of element.children) {
    if (child.type === 'text') text += child.value;
    else if (!silentElements.has(child.name)) text += ` ${textOf(child)} `;
  }
  return text;
}

function writeChildren(
  element: SsmlElement,
  builder: PatternBuilder,
  excuses: Excuses,
): void {
  for (const child of element.children) {
    if (child.type === 'text') builder.text(child.value);
    else writeElement(child, builder, excuses);
  }
}

function writeElement(
  element: SsmlElement,
  builder: PatternBuilder,
  excuses: Excuses,
): void {
  const { name, attributes } = element;
  const actions = excuses.get(name);
  const edge: Space = boundaryElements.has(name) ? 2 : actions === undefined ? 0 : 1;
  const hasAlias = name === 'sub' && Object.hasOwn(attributes, 'alias');
  const content = (target: PatternBuilder) => writeChildren(element, target, excuses);
  const spoken = (target: PatternBuilder) => {
    if (silentElements.has(name)) return;
    if (hasAlias) target.text(attributes.alias as string);
    else content(target);
  };
  const branches = [spoken];
  if (actions?.has('dropped')) branches.push(() => {});
  if (hasAlias && (actions?.has('dropped') || excuses.has('sub@alias')))
    branches.push(content);
  if (name === 'say-as' && (actions?.has('emulated') || actions?.has('converted'))) {
    branches.push((target) => {
      const letters = [...textOf(element)].filter((character) =>
        letterOrDigit.test(character),
      );
      letters.forEach((letter, index) => {
        if (index > 0) target.boundary(2);
        target.word(letter);
      });
    });
  }
  builder.boundary(edge);
  if (branches.length === 1) spoken(builder);
  else builder.alternatives(branches);
  builder.boundary(edge);
}

/**
 * A pattern matching every spoken text the warnings excuse for `document`
 * (whitespace collapsed to single spaces, ends trimmed).
 */
export function excusedSpokenTextPattern(options: {
  document: SsmlDocument;
  warnings: readonly SsmlWarning[];
}): RegExp {
  const builder = new PatternBuilder();
  writeChildren(options.document.root, builder, excusesOf(options.warnings));
  return new RegExp(`^${builder.source}$`);
}

export type SpokenTextVerdict = 'exact' | 'explained' | 'unexplained';

/** How `spoken` compares with `expected`, given what `warnings` excuse. */
export function judgeSpokenText(options: {
  document: SsmlDocument;
  warnings: readonly SsmlWarning[];
  spoken: string;
  expected: string;
}): SpokenTextVerdict {
  if (options.spoken === options.expected) return 'exact';
  return excusedSpokenTextPattern(options).test(options.spoken)
    ? 'explained'
    : 'unexplained';
}
