import { tokenizeSsml } from './ssml-tokens';
import { decodeXmlEntities } from './xml-entities';

/**
 * A string Speechify's mark offsets might count in: `starts[i]`/`ends[i]`
 * are the UTF-16 range in the sent text of the view's UTF-16 unit `i`.
 * `codePoints[k]` is the unit index of the view's code point `k` (plus the
 * length at the end).
 */
export type TextView = {
  name: 'sent' | 'escaped' | 'decoded';
  text: string;
  starts: number[];
  ends: number[];
  codePoints: number[];
};

function codePointIndex(text: string): number[] {
  const indexes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    indexes.push(index);
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) index++;
  }
  indexes.push(text.length);
  return indexes;
}

function view(name: TextView['name'], pieces: Array<[string, number, number]>): TextView {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (const [piece, start, end] of pieces) {
    text += piece;
    const copied = piece.length === end - start;
    for (let index = 0; index < piece.length; index++) {
      starts.push(copied ? start + index : start);
      ends.push(copied ? start + index + 1 : end);
    }
  }
  return { name, text, starts, ends, codePoints: codePointIndex(text) };
}

/**
 * The three readings of "character index in the original text" for what
 * was sent: the sent string itself (tags included), its text with the tags
 * left out (entities as written, which is what Speechify's docs describe),
 * and that text with entities decoded.
 */
export function textViews(sent: string, isSsml: boolean): TextView[] {
  const whole = view('sent', [[sent, 0, sent.length]]);
  if (!isSsml) return [whole];
  const escaped: Array<[string, number, number]> = [];
  const decoded: Array<[string, number, number]> = [];
  for (const token of tokenizeSsml(sent)) {
    if (token.kind !== 'text') continue;
    const text = sent.slice(token.start, token.end);
    escaped.push([text, token.start, token.end]);
    for (const match of text.matchAll(/&[^;\s&]{1,10};|[^&]+|&/g)) {
      const start = token.start + (match.index ?? 0);
      decoded.push([decodeXmlEntities(match[0]), start, start + match[0].length]);
    }
  }
  return [view('escaped', escaped), whole, view('decoded', decoded)];
}
