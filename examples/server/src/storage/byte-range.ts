/** What a `Range` header asks of a body of `size` bytes. */
export type RangeRequest =
  | { kind: 'whole' }
  | { kind: 'partial'; start: number; end: number }
  | { kind: 'unsatisfiable' };

/**
 * Parses a single `bytes=` range (`a-b`, `a-`, `-n`) per RFC 9110. Anything
 * else (other units, several ranges, syntax errors) is served whole, which
 * the RFC allows; a well-formed range outside the body is unsatisfiable (416).
 */
export function parseByteRange(options: {
  header: string | undefined;
  size: number;
}): RangeRequest {
  const { header, size } = options;
  if (!header) return { kind: 'whole' };
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return { kind: 'whole' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'whole' };
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || (last !== '' && Number(last) < start))
    return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end };
}
