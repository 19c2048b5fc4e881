/** Reads `length` bytes as Latin-1 text; returns '' when they run past the end. */
export function readAscii(options: {
  bytes: Uint8Array;
  offset: number;
  length: number;
}): string {
  const { bytes, offset, length } = options;
  if (offset < 0 || offset + length > bytes.length) return '';
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}
