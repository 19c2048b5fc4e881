/**
 * The text handed to espeak and the way back from espeak's positions to
 * offsets in the caller's `input`.
 *
 * The glue always runs espeak in SSML mode, so plain text is XML-escaped
 * first. espeak reports `text_position` as a 1-based count of **code points**
 * (not UTF-16 units) into the text it received, markup and entities included,
 * and `word_length` in decoded characters.
 */
export type EspeakInput = {
  /** What espeak receives. */
  text: string;
  /** Whether `text` contains markup (SSML input). */
  isSsml: boolean;
  /** UTF-16 offset into `text` for a 0-based code-point index (clamped). */
  codePointToOffset(codePointIndex: number): number;
  /** Offset into the caller's input for a UTF-16 offset into `text`. */
  toInputOffset(textOffset: number): number;
};

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Code-point index → UTF-16 offset, with one extra entry for the end. */
function codePointOffsets(text: string): Uint32Array {
  const offsets = new Uint32Array(text.length + 1);
  let count = 0;
  for (let offset = 0; offset < text.length; offset++) {
    offsets[count++] = offset;
    const unit = text.charCodeAt(offset);
    if (unit >= 0xd800 && unit <= 0xdbff && offset + 1 < text.length) {
      const next = text.charCodeAt(offset + 1);
      if (next >= 0xdc00 && next <= 0xdfff) offset++;
    }
  }
  offsets[count] = text.length;
  return offsets.subarray(0, count + 1);
}

/**
 * Prepares `input` for espeak. NUL characters (which would end the C string)
 * become spaces; plain text is escaped with an offset map back to it.
 */
export function prepareEspeakInput(options: {
  input: string;
  inputType: 'ssml' | 'text';
}): EspeakInput {
  const input = options.input.replace(/\0/g, ' ');
  let text = input;
  let toInputOffset = (offset: number) => Math.min(Math.max(offset, 0), input.length);
  if (options.inputType === 'text' && /[&<>]/.test(input)) {
    const pieces: string[] = [];
    const inputOffsets: number[] = [];
    for (let index = 0; index < input.length; index++) {
      const character = input[index] as string;
      const piece = escapes[character] ?? character;
      pieces.push(piece);
      for (let count = 0; count < piece.length; count++) inputOffsets.push(index);
    }
    inputOffsets.push(input.length);
    text = pieces.join('');
    const map = Int32Array.from(inputOffsets);
    toInputOffset = (offset) => map[Math.min(Math.max(offset, 0), text.length)] as number;
  }
  const offsets = codePointOffsets(text);
  return {
    text,
    isSsml: options.inputType === 'ssml',
    codePointToOffset: (index) =>
      offsets[Math.min(Math.max(index, 0), offsets.length - 1)] as number,
    toInputOffset,
  };
}
