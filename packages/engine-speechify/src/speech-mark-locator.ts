import type { SpeechifySpeechMarkChunk } from './speechify-api-types';
import type { TextView } from './text-views';
import { decodeXmlEntities } from './xml-entities';

/** How offsets are read: in which view, counting UTF-16 units or code points. */
type Reading = { view: TextView; unit: 'utf16' | 'code-point' };

/** A range in the sent text. */
export type SentRange = { start: number; end: number };

function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');
}

function sameWord(found: string, value: string): boolean {
  return (
    found === value || (normalize(found) !== '' && normalize(found) === normalize(value))
  );
}

/**
 * Finds where each speech mark's word is in the sent text. Speechify's docs
 * say `start`/`end` are character indexes "in the original text" and that
 * SSML escapes are present in them, without saying whether tags count or
 * what a character is. So the locator tries every reading (views × units),
 * keeps the one under which the most marks' `value`s match the text they
 * point at, and, for a mark that still does not match, searches its word
 * after the previous one.
 */
export class SpeechMarkLocator {
  private readonly reading: Reading | undefined;
  private readonly searchView: TextView;
  private cursor = 0;

  constructor(views: readonly TextView[], chunks: readonly SpeechifySpeechMarkChunk[]) {
    this.searchView = views.at(-1) as TextView;
    const readings = views.flatMap((view): Reading[] => [
      { view, unit: 'utf16' },
      { view, unit: 'code-point' },
    ]);
    let best = 0;
    for (const reading of readings) {
      const score = chunks.filter(
        (chunk) => this.matchIn(reading, chunk) !== undefined,
      ).length;
      if (score > best) {
        best = score;
        this.reading = reading;
      }
    }
  }

  /** The mark's range in the sent text, or `undefined` when it cannot be placed. */
  locate(chunk: SpeechifySpeechMarkChunk): SentRange | undefined {
    const found =
      (this.reading && this.matchIn(this.reading, chunk)) ??
      this.search(chunk) ??
      (this.reading && this.rangeIn(this.reading, chunk)?.sent);
    if (found) this.cursor = Math.max(this.cursor, found.end);
    return found;
  }

  private rangeIn(reading: Reading, chunk: SpeechifySpeechMarkChunk) {
    const { view, unit } = reading;
    const { start, end } = chunk;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
    const toUnit = (index: number) => (unit === 'utf16' ? index : view.codePoints[index]);
    const first = toUnit(start as number);
    const last = toUnit(end as number);
    if (first === undefined || last === undefined || first < 0 || last <= first)
      return undefined;
    if (last > view.text.length) return undefined;
    return {
      text: view.text.slice(first, last),
      sent: { start: view.starts[first] as number, end: view.ends[last - 1] as number },
    };
  }

  private matchIn(
    reading: Reading,
    chunk: SpeechifySpeechMarkChunk,
  ): SentRange | undefined {
    const range = this.rangeIn(reading, chunk);
    if (range === undefined || typeof chunk.value !== 'string') return undefined;
    const value =
      reading.view.name === 'decoded' ? decodeXmlEntities(chunk.value) : chunk.value;
    return sameWord(range.text, value) ? range.sent : undefined;
  }

  private search(chunk: SpeechifySpeechMarkChunk): SentRange | undefined {
    if (typeof chunk.value !== 'string') return undefined;
    const word = decodeXmlEntities(chunk.value).trim();
    if (word === '') return undefined;
    const view = this.searchView;
    const from = view.starts.findIndex((start) => start >= this.cursor);
    if (from === -1) return undefined;
    const index = view.text.indexOf(word, from);
    if (index === -1) return undefined;
    return {
      start: view.starts[index] as number,
      end: view.ends[index + word.length - 1] as number,
    };
  }
}
