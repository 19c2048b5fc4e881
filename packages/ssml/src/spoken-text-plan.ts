import type { SsmlDocument, SsmlElement } from './ast';
import { boundaryElements, silentElements, substitutionAlias } from './element-roles';
import { writeMappedText } from './mapped-text';
import { PlainTextWriter } from './plain-text-writer';
import type { SourceMap } from './source-map';
import { breakStrengthToMilliseconds } from './values/break-strength';
import { canonicalInterpretAs } from './values/interpret-as';
import { parseRate } from './values/prosody-rate';
import { parseTimeDesignation } from './values/time-designation';

/**
 * A stretch of the plain text spoken at one rate, followed by a pause:
 * `text.slice(start, end)` is spoken at `rate` (1 is the voice's own), then
 * `pauseAfterMs` of silence, then `marksAfter` are reached.
 */
export type SpokenTextSegment = {
  start: number;
  end: number;
  rate: number;
  pauseAfterMs: number;
  marksAfter: string[];
};

/**
 * Plain text for engines without SSML, plus what a listener would otherwise
 * lose, for the caller to emulate: pauses (`break`), rate changes
 * (`prosody rate`) and marks split the text into segments. `sub` speaks its
 * alias and `say-as interpret-as="characters"` is spelled out in `text`.
 */
export type SpokenTextPlan = {
  text: string;
  sourceMap: SourceMap;
  segments: SpokenTextSegment[];
  /** Leading silence (a `break` before any text) and marks at the start. */
  pauseBeforeMs: number;
  marksBefore: string[];
};

const longestPauseMs = 60_000;

class PlanBuilder {
  readonly segments: SpokenTextSegment[] = [];
  pauseBeforeMs = 0;
  readonly marksBefore: string[] = [];
  private segmentStart = 0;
  private rate = 1;

  constructor(readonly writer: PlainTextWriter) {}

  /** Ends the current segment at the writer's position (an empty one merges). */
  private cut(): SpokenTextSegment | undefined {
    const end = this.writer.length;
    if (end > this.segmentStart) {
      this.segments.push({
        start: this.segmentStart,
        end,
        rate: this.rate,
        pauseAfterMs: 0,
        marksAfter: [],
      });
      this.segmentStart = end;
    }
    return this.segments.at(-1);
  }

  pause(milliseconds: number): void {
    const segment = this.cut();
    if (segment === undefined) this.pauseBeforeMs += milliseconds;
    else
      segment.pauseAfterMs = Math.min(
        segment.pauseAfterMs + milliseconds,
        longestPauseMs,
      );
  }

  mark(name: string): void {
    const segment = this.cut();
    if (segment === undefined) this.marksBefore.push(name);
    else segment.marksAfter.push(name);
  }

  withRate(multiplier: number, write: () => void): void {
    this.cut();
    const outer = this.rate;
    this.rate = outer * multiplier;
    write();
    this.cut();
    this.rate = outer;
  }

  finish(): void {
    this.cut();
  }
}

/** Builds the plain text and its emulation plan (see `SpokenTextPlan`). */
export function planSpokenText(document: SsmlDocument): SpokenTextPlan {
  const writer = new PlainTextWriter();
  const plan = new PlanBuilder(writer);
  writeChildren({ document, element: document.root, plan });
  plan.finish();
  const { text, sourceMap } = writer.finish();
  for (const segment of plan.segments) segment.end = Math.min(segment.end, text.length);
  return {
    text,
    sourceMap,
    segments: plan.segments.filter((segment) => segment.end > segment.start),
    pauseBeforeMs: plan.pauseBeforeMs,
    marksBefore: plan.marksBefore,
  };
}

/** The pause a `break` asks for: `time` wins over `strength`; a bare break is medium. */
export function breakMilliseconds(element: SsmlElement): number {
  const time = element.attributes.time;
  const fromTime = time === undefined ? undefined : parseTimeDesignation(time);
  if (fromTime !== undefined) return fromTime;
  return breakStrengthToMilliseconds(element.attributes.strength ?? 'medium') ?? 750;
}

function writeChildren(options: {
  document: SsmlDocument;
  element: SsmlElement;
  plan: PlanBuilder;
}): void {
  const { document, plan } = options;
  const { writer } = plan;
  for (const child of options.element.children) {
    if (child.type === 'text') {
      writeMappedText({ document, text: child, sink: writer });
      continue;
    }
    const isBoundary = boundaryElements.has(child.name);
    if (isBoundary) writer.boundary();
    if (child.name === 'break') plan.pause(breakMilliseconds(child));
    else if (child.name === 'mark' || child.name === 'bookmark') {
      const name = child.attributes.name ?? child.attributes.mark;
      if (name !== undefined) plan.mark(name);
    } else if (!silentElements.has(child.name))
      writeElement({ document, element: child, plan });
    if (isBoundary) writer.boundary();
  }
}

function writeElement(options: {
  document: SsmlDocument;
  element: SsmlElement;
  plan: PlanBuilder;
}): void {
  const { document, element, plan } = options;
  const alias = substitutionAlias(element);
  if (alias !== undefined) {
    plan.writer.replacement(alias, element.span.start, element.span.end);
    return;
  }
  const interpretAs = element.attributes['interpret-as'];
  if (
    element.name === 'say-as' &&
    interpretAs !== undefined &&
    canonicalInterpretAs(interpretAs) === 'characters'
  ) {
    const spoken = spellOut(element);
    if (spoken !== '') {
      plan.writer.boundary();
      plan.writer.replacement(spoken, element.span.start, element.span.end);
      plan.writer.boundary();
    }
    return;
  }
  const rate = element.name === 'prosody' ? element.attributes.rate : undefined;
  const multiplier = rate === undefined ? undefined : parseRate(rate);
  if (multiplier === undefined || multiplier === 1 || multiplier === 0) {
    writeChildren({ document, element, plan });
    return;
  }
  plan.withRate(multiplier, () => writeChildren({ document, element, plan }));
}

/** `ABC 12` → `A B C 1 2`: each letter or digit on its own. */
function spellOut(element: SsmlElement): string {
  let text = '';
  const stack = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node.type === 'text') text += node.value;
    else if (!silentElements.has(node.name)) stack.push(...[...node.children].reverse());
  }
  return [...text].filter((character) => /[\p{L}\p{N}]/u.test(character)).join(' ');
}
