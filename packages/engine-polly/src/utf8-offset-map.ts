/**
 * Converts UTF-8 byte offsets into a string (what Polly's speech marks
 * report) to UTF-16 offsets (JavaScript string indices). A byte offset that
 * falls inside a character moves to that character's start (`toStart`) or
 * end (`toEnd`); offsets past the end clamp to the string's length.
 */
export class Utf8OffsetMap {
  /** UTF-16 index of the character that starts at or contains each byte. */
  private readonly startAtByte: Uint32Array;
  /** UTF-16 index just after the character containing each byte (its start for a boundary). */
  private readonly endAtByte: Uint32Array;
  readonly byteLength: number;
  readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    this.byteLength = Buffer.byteLength(text, 'utf8');
    this.startAtByte = new Uint32Array(this.byteLength + 1);
    this.endAtByte = new Uint32Array(this.byteLength + 1);
    let byte = 0;
    let index = 0;
    while (index < text.length) {
      const codePoint = text.codePointAt(index) as number;
      const units = codePoint > 0xffff ? 2 : 1;
      const bytes = utf8Length(codePoint);
      for (let offset = 0; offset < bytes; offset++) {
        this.startAtByte[byte + offset] = index;
        this.endAtByte[byte + offset] = offset === 0 ? index : index + units;
      }
      byte += bytes;
      index += units;
    }
    this.startAtByte[this.byteLength] = text.length;
    this.endAtByte[this.byteLength] = text.length;
  }

  toStart(byteOffset: number): number {
    return this.startAtByte[this.clamp(byteOffset)] as number;
  }

  toEnd(byteOffset: number): number {
    return this.endAtByte[this.clamp(byteOffset)] as number;
  }

  private clamp(byteOffset: number): number {
    if (!Number.isFinite(byteOffset) || byteOffset <= 0) return 0;
    return Math.min(Math.floor(byteOffset), this.byteLength);
  }
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}
