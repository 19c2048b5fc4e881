import type { EngineV1MarkTiming, EngineV1WordTiming } from '@ttskit/core/spec';
import type { EspeakInput } from './espeak-input';
import type { RawWord, TimelineItem } from './worker-protocol';

export type AlignedItem =
  | { type: 'word'; word: EngineV1WordTiming }
  | { type: 'mark'; mark: EngineV1MarkTiming };

type WordEntry = {
  kind: 'word';
  raw: RawWord;
  state: 'pending' | 'merged' | 'accepted';
  /** Set once accepted. */
  word?: EngineV1WordTiming;
  /** Accepted and no later word can extend it any more. */
  final: boolean;
};

type Entry = { kind: 'mark'; mark: EngineV1MarkTiming } | WordEntry;

const entityPattern = /&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/y;
/** Characters a spoken word cannot start with (espeak sometimes points at them). */
const nonStartPattern = /^[\s.,;:!?)\]}"'»”’]/u;
const punctuationPattern = /^[\s\p{P}]/u;
const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * Maps espeak's word positions onto `input` offsets and keeps the result
 * ordered and non-overlapping. espeak's positions are sometimes off: words it
 * adds (an emoji read as "grinning face") point at whitespace, the first word
 * after some sentence ends points at the space before it, `<sub>` aliases
 * point at the next word. Such a word is snapped to the next unclaimed input
 * word when one lies before the next reported word, else its time is merged
 * into the previous word.
 *
 * Items come in spoken order (`push`) and leave in the same order once final.
 */
export class WordAligner {
  private readonly entries: Entry[] = [];
  private flushed = 0;
  private lastAccepted: (WordEntry & { word: EngineV1WordTiming }) | undefined;
  /** End in espeak's text of the last accepted word. */
  private lastTextEnd = 0;
  private pending: WordEntry | undefined;

  constructor(
    private readonly espeakInput: EspeakInput,
    private readonly input: string,
  ) {}

  push(item: TimelineItem): AlignedItem[] {
    if (item.kind === 'mark') {
      this.entries.push({ kind: 'mark', mark: { name: item.name, timeMs: item.timeMs } });
    } else {
      const entry: WordEntry = {
        kind: 'word',
        raw: item,
        state: 'pending',
        final: false,
      };
      if (this.pending) this.resolve(this.pending, item);
      this.pending = entry;
      this.entries.push(entry);
    }
    return this.flush();
  }

  finish(): AlignedItem[] {
    if (this.pending) this.resolve(this.pending, undefined);
    this.pending = undefined;
    if (this.lastAccepted) this.lastAccepted.final = true;
    return this.flush();
  }

  private flush(): AlignedItem[] {
    const out: AlignedItem[] = [];
    while (this.flushed < this.entries.length) {
      const entry = this.entries[this.flushed] as Entry;
      if (entry.kind === 'mark') out.push({ type: 'mark', mark: entry.mark });
      else if (entry.state === 'accepted' && entry.word) {
        if (!entry.final) break;
        out.push({ type: 'word', word: entry.word });
      } else if (entry.state === 'pending') break;
      this.flushed++;
    }
    return out;
  }

  private resolve(entry: WordEntry, next: RawWord | undefined): void {
    const text = this.espeakInput.text;
    const previousEnd = this.lastAccepted ? this.lastAccepted.word.inputEnd : 0;
    const previousTextEnd = this.lastTextEnd;
    let start = this.textStart(entry.raw);
    let end = -1;
    if (start >= previousTextEnd && this.canStartWord(start)) {
      end = this.advance(start, entry.raw.length);
    }
    if (end <= start) {
      const candidate = this.nextWordStart(previousTextEnd);
      const nextStart = next ? this.textStart(next) : text.length + 1;
      if (candidate !== undefined && candidate < nextStart) {
        start = candidate;
        end = this.wordEnd(candidate);
      }
    }
    const inputStart = this.espeakInput.toInputOffset(start);
    const inputEnd = end > start ? this.espeakInput.toInputOffset(end) : inputStart;
    if (end <= start || inputEnd <= inputStart || inputStart < previousEnd) {
      entry.state = 'merged';
      if (this.lastAccepted) {
        const word = this.lastAccepted.word;
        word.endMs = Math.max(word.endMs, entry.raw.endMs);
      }
      return;
    }
    const word: EngineV1WordTiming = {
      text: this.input.slice(inputStart, inputEnd),
      startMs: entry.raw.startMs,
      endMs: Math.max(entry.raw.startMs, entry.raw.endMs),
      inputStart,
      inputEnd,
    };
    if (this.lastAccepted) {
      const previous = this.lastAccepted.word;
      previous.endMs = Math.max(previous.startMs, Math.min(previous.endMs, word.startMs));
      this.lastAccepted.final = true;
    }
    entry.state = 'accepted';
    this.lastAccepted = Object.assign(entry, { word });
    this.lastTextEnd = end;
  }

  /** Offset in espeak's text where a reported word starts (entity-aware). */
  private textStart(raw: RawWord): number {
    const offset = this.espeakInput.codePointToOffset(raw.textPosition - 1);
    return this.entityStart(offset) ?? offset;
  }

  /** If `offset` lies inside a character reference, where that reference starts. */
  private entityStart(offset: number): number | undefined {
    const text = this.espeakInput.text;
    const ampersand = text.lastIndexOf('&', offset);
    if (ampersand < 0 || offset - ampersand > 12) return undefined;
    const length = this.entityLength(ampersand);
    return length > 0 && ampersand + length > offset ? ampersand : undefined;
  }

  private entityLength(offset: number): number {
    entityPattern.lastIndex = offset;
    const match = entityPattern.exec(this.espeakInput.text);
    return match ? match[0].length : 0;
  }

  private insideMarkup(offset: number): boolean {
    if (!this.espeakInput.isSsml) return false;
    const text = this.espeakInput.text;
    const open = text.lastIndexOf('<', offset);
    return open >= 0 && text.lastIndexOf('>', offset - 1) < open;
  }

  /** The character at `offset`, decoding a character reference. */
  private characterAt(offset: number): string {
    const text = this.espeakInput.text;
    const length = text[offset] === '&' ? this.entityLength(offset) : 0;
    if (length === 0) return String.fromCodePoint(text.codePointAt(offset) ?? 32);
    const body = text.slice(offset + 1, offset + length - 1);
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '?';
    }
    return namedEntities[body] ?? '?';
  }

  /** Width in `text` of the character (or reference) at `offset`. */
  private widthAt(offset: number): number {
    const text = this.espeakInput.text;
    const length = text[offset] === '&' ? this.entityLength(offset) : 0;
    if (length > 0) return length;
    return (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
  }

  private canStartWord(offset: number): boolean {
    return (
      offset < this.espeakInput.text.length &&
      !this.insideMarkup(offset) &&
      !nonStartPattern.test(this.characterAt(offset))
    );
  }

  /** End of `length` characters from `start`, stopping at markup; whitespace trimmed. */
  private advance(start: number, length: number): number {
    const text = this.espeakInput.text;
    let offset = start;
    for (let count = 0; count < length && offset < text.length; count++) {
      if (this.espeakInput.isSsml && text[offset] === '<') break;
      offset += this.widthAt(offset);
    }
    while (offset > start && /\s/.test(text[offset - 1] as string)) offset--;
    return offset;
  }

  /** The next offset at or after `from` where a word (not punctuation or markup) starts. */
  private nextWordStart(from: number): number | undefined {
    const text = this.espeakInput.text;
    let offset = from;
    while (offset < text.length) {
      if (this.espeakInput.isSsml && text[offset] === '<') {
        const close = text.indexOf('>', offset);
        if (close < 0) return undefined;
        offset = close + 1;
      } else if (punctuationPattern.test(this.characterAt(offset))) {
        offset += this.widthAt(offset);
      } else {
        return offset;
      }
    }
    return undefined;
  }

  /** End of the word starting at `start`: up to whitespace or markup, minus trailing punctuation. */
  private wordEnd(start: number): number {
    const text = this.espeakInput.text;
    let offset = start;
    const ends: number[] = [];
    while (offset < text.length) {
      const character = this.characterAt(offset);
      if (/\s/u.test(character) || (this.espeakInput.isSsml && text[offset] === '<'))
        break;
      offset += this.widthAt(offset);
      if (!punctuationPattern.test(character)) ends.push(offset);
    }
    return ends.at(-1) ?? offset;
  }
}

/** Aligns a whole timeline at once (non-streaming synthesis). */
export function alignTimeline(options: {
  items: readonly TimelineItem[];
  espeakInput: EspeakInput;
  input: string;
}): { words: EngineV1WordTiming[]; marks: EngineV1MarkTiming[] } {
  const aligner = new WordAligner(options.espeakInput, options.input);
  const aligned = options.items.flatMap((item) => aligner.push(item));
  aligned.push(...aligner.finish());
  const words: EngineV1WordTiming[] = [];
  const marks: EngineV1MarkTiming[] = [];
  for (const item of aligned) {
    if (item.type === 'word') words.push(item.word);
    else marks.push(item.mark);
  }
  return { words, marks };
}
