/** A spoken word of the input; offsets index the input string. */
export type TextWord = { text: string; start: number; end: number };

/** Text up to a comma, semicolon, colon, dash or sentence end. */
export type TextClause = {
  /** What the phonemizer gets (the clause's slice of the input). */
  text: string;
  /** `,` `;` `:` `.` `!` `?`: how the clause ends, for voices that use punctuation. */
  punctuation: string;
  words: TextWord[];
};

export type TextSentence = { clauses: TextClause[] };

const leadingPunctuation = /^["'“‘«([¿¡]+/u;
const trailingPunctuation = /["'”’»)\].,;:!?…]+$/u;
const closers = /["'”’»)\]]+$/u;
const speakable = /[\p{L}\p{N}\p{S}]/u;

type Token = { text: string; start: number; end: number };

/** How a token ends its clause or sentence (`''`: it does not). */
function ending(
  token: Token,
  next: Token | undefined,
): { punctuation: string; sentence: boolean } {
  const bare = token.text.replace(closers, '');
  if (/^[-–—]+$/.test(token.text)) return { punctuation: ',', sentence: false };
  if (/[!?]$/.test(bare)) {
    const question = bare.lastIndexOf('?') > bare.lastIndexOf('!');
    return { punctuation: question ? '?' : '!', sentence: true };
  }
  if (/(\.|…)$/.test(bare)) {
    // "e.g. this": a full stop before a lower-case word does not end the sentence.
    const lowerNext =
      next !== undefined && /^\p{Ll}/u.test(next.text.replace(leadingPunctuation, ''));
    return lowerNext
      ? { punctuation: '', sentence: false }
      : { punctuation: '.', sentence: true };
  }
  const clause = /[,;:]$/.exec(bare);
  return { punctuation: clause ? clause[0] : '', sentence: false };
}

function word(token: Token): TextWord | undefined {
  const lead = leadingPunctuation.exec(token.text)?.[0].length ?? 0;
  const trail = trailingPunctuation.exec(token.text.slice(lead))?.[0].length ?? 0;
  const text = token.text.slice(lead, token.text.length - trail);
  if (!speakable.test(text)) return undefined;
  return { text, start: token.start + lead, end: token.end - trail };
}

/**
 * Splits plain text into sentences and clauses the way espeak-ng would
 * (full stops, question and exclamation marks, blank lines; commas,
 * semicolons, colons and dashes), keeping the input offsets of every word.
 */
export function segmentText(input: string): TextSentence[] {
  const tokens: Token[] = [];
  for (const match of input.matchAll(/\S+/g)) {
    tokens.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  const sentences: TextSentence[] = [];
  let clauses: TextClause[] = [];
  let clauseTokens: Token[] = [];
  const closeClause = (punctuation: string) => {
    const words = clauseTokens.flatMap((token) => word(token) ?? []);
    const first = clauseTokens[0];
    const last = clauseTokens.at(-1);
    if (words.length > 0 && first && last) {
      clauses.push({ text: input.slice(first.start, last.end), punctuation, words });
    } else if (punctuation && clauses.length > 0) {
      const previous = clauses.at(-1) as TextClause;
      previous.punctuation ||= punctuation;
    }
    clauseTokens = [];
  };
  const closeSentence = () => {
    if (clauses.length > 0) sentences.push({ clauses });
    clauses = [];
  };
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    const { punctuation, sentence } = ending(token, next);
    if (/^[-–—]+$/.test(token.text)) {
      closeClause(punctuation);
      return;
    }
    clauseTokens.push(token);
    const paragraph =
      next !== undefined && /\n[^\S\n]*\n/.test(input.slice(token.end, next.start));
    if (sentence || paragraph) {
      closeClause(punctuation || '.');
      closeSentence();
    } else if (punctuation) closeClause(punctuation);
  });
  closeClause('');
  closeSentence();
  return sentences;
}
