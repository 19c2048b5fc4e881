import type { SsmlDocument, SsmlElement, SsmlNode } from './ast';
import {
  recordElementChanges,
  type SsmlNormalizationChange,
} from './normalize-ssml-change';
import { normalizeElementHead } from './normalize-ssml-element';

export type NormalizeSsmlOptions = {
  /** Also return the list of rewrites (slower; for tooling and debugging). Default false. */
  recordChanges?: boolean;
};

export type NormalizeSsmlResult = {
  /** The normalized document: same `source`, `origin` and spans as the input. */
  document: SsmlDocument;
  /** What was rewritten, in document order; only with `recordChanges`. */
  changes?: SsmlNormalizationChange[];
};

/**
 * Rewrites every value to one canonical representation, so documents that
 * mean the same share a `canonicalizeSsml` string (and a cache entry):
 *
 * - prosody `rate` → percentage of the default (`fast` → `155%`, `1.2` and
 *   `+20%` → `120%`); `pitch`, `range` and `contour` targets → relative
 *   percent (`+2st` → `+12.25%`, `high` → `+20%`; hertz stay hertz);
 *   `volume` → decibels (`loud` → `+6dB`, Azure's `0`–`100` and `±N%`
 *   converted) or `silent`; `duration`, `amazon:max-duration` → ms;
 * - `break`: a valid `time` drops `strength`; a strength alone, or nothing
 *   (medium), becomes its `time` in ms;
 * - every time designation → `Nms` (audio and media clips and durations,
 *   `mstts:silence`/`mstts:audioduration` `value`, `fetchtimeout`);
 * - `say-as interpret-as` synonyms → one name, lower case;
 *   `bookmark mark` → `mark name`; `emphasis` gains `level="moderate"`;
 * - values trimmed (except the spoken `sub alias`), W3C enumerations lower
 *   case, language tags in BCP 47 case (`EN-us` → `en-US`), token lists
 *   single-spaced. Vendor names (`amazon:effect name="drc"`) keep their case.
 *
 * Text is not touched: `canonicalizeSsml` already collapses whitespace, and
 * unchanged text nodes keep mapping to the source character by character.
 * Invalid values stay as written (validation reports them); nothing throws.
 * Idempotent. The input is never mutated; unchanged subtrees and every text
 * node are shared with it, so treat both trees as immutable.
 */
export function normalizeSsml(
  document: SsmlDocument,
  options: NormalizeSsmlOptions = {},
): NormalizeSsmlResult {
  const changes: SsmlNormalizationChange[] | undefined = options.recordChanges
    ? []
    : undefined;
  const root = normalizeElement(document.root, changes);
  const normalized: SsmlDocument = { ...document, root };
  return changes === undefined
    ? { document: normalized }
    : { document: normalized, changes };
}

function normalizeElement(
  element: SsmlElement,
  changes: SsmlNormalizationChange[] | undefined,
): SsmlElement {
  const head = normalizeElementHead(element);
  if (head !== undefined && changes !== undefined)
    recordElementChanges({ element, head, changes });
  const original = element.children;
  let children: SsmlNode[] = original;
  for (let index = 0; index < original.length; index++) {
    const child = original[index] as SsmlNode;
    if (child.type === 'text') continue;
    const normalized = normalizeElement(child, changes);
    if (normalized === child) continue;
    if (children === original) children = original.slice();
    children[index] = normalized;
  }
  if (head === undefined && children === original) return element;
  return {
    ...element,
    name: head?.name ?? element.name,
    attributes: head?.attributes ?? element.attributes,
    children,
  };
}
