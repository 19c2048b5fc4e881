/**
 * Writes a value as XML character data in one of several equivalent ways
 * (raw, named entity, decimal or hex reference, CRLF for LF…), chosen by
 * `choices`, so generated documents exercise every decoding path.
 */

const textAmpersand = ['&amp;', '&#38;', '&#x26;'];
const textLessThan = ['&lt;', '&#60;', '&#x3c;'];

function pick(choices: readonly number[], index: number): number {
  return choices.length === 0 ? 0 : (choices[index % choices.length] as number);
}

function numericReference(codePoint: number, choice: number): string {
  return choice % 2 === 0 ? `&#x${codePoint.toString(16)};` : `&#${codePoint};`;
}

/** `value` as text content that decodes back to exactly `value`. */
export function encodeText(value: string, choices: readonly number[]): string {
  const characters = [...value];
  let raw = '';
  characters.forEach((character, index) => {
    const choice = pick(choices, index);
    const codePoint = character.codePointAt(0) as number;
    if (character === '&') raw += textAmpersand[choice % 3];
    else if (character === '<') raw += textLessThan[choice % 3];
    else if (character === '>')
      raw += choice % 2 === 0 && !raw.endsWith(']]') ? '>' : '&gt;';
    else if (character === '"') raw += choice % 2 === 0 ? '"' : '&quot;';
    else if (character === "'") raw += choice % 2 === 0 ? "'" : '&apos;';
    else if (character === '\r') raw += numericReference(13, choice);
    else if (character === '\n') {
      const next = characters[index + 1];
      raw += ['\n', '\r\n', '&#10;', next === '\n' ? '\n' : '\r'][choice % 4];
    } else if (codePoint > 0x7f && choice % 3 === 1)
      raw += numericReference(codePoint, choice);
    else raw += character;
  });
  return raw;
}

/**
 * `value` inside an attribute quoted with `quote`; returns the raw text and
 * the value a parser decodes from it (raw tabs and newlines become spaces).
 */
export function encodeAttributeValue(options: {
  value: string;
  quote: '"' | "'";
  choices: readonly number[];
}): { raw: string; value: string } {
  const { quote, choices } = options;
  let raw = '';
  let value = '';
  [...options.value].forEach((character, index) => {
    const choice = pick(choices, index);
    const codePoint = character.codePointAt(0) as number;
    let written = character;
    let decoded = character;
    if (character === '&') written = textAmpersand[choice % 3] as string;
    else if (character === '<') written = textLessThan[choice % 3] as string;
    else if (
      character === quote ||
      ((character === '"' || character === "'") && choice % 2 === 1)
    )
      written =
        character === '"'
          ? (['&quot;', '&#34;'][choice % 2] as string)
          : (['&apos;', '&#39;'][choice % 2] as string);
    else if (character === '>' && choice % 2 === 1) written = '&gt;';
    else if (character === '\t') {
      if (choice % 2 === 0) written = '&#9;';
      else decoded = ' ';
    } else if (character === '\n') {
      written = ['&#10;', '\n', '\r\n'][choice % 3] as string;
      if (choice % 3 !== 0) decoded = ' ';
    } else if (character === '\r') written = numericReference(13, choice);
    else if (codePoint > 0x7f && choice % 3 === 1)
      written = numericReference(codePoint, choice);
    raw += written;
    value += decoded;
  });
  return { raw, value };
}
