import { normalizePitch, trimXmlWhitespace } from './normalize-ssml-values';
import { formatNumber, parseDecimal } from './values/format-number';
import { parsePitch } from './values/prosody-pitch';

const point = /\(\s*([^,()]*?)\s*,\s*([^,()]*?)\s*\)/y;
const separator = /[ \t\n\r]*/y;

/**
 * Prosody `contour`: `(0%,+20Hz) (10%,-2st)` with every target as
 * `normalizePitch` writes it and one space between points:
 * `(0%,+20Hz) (10%,-10.91%)`. Anything that is not a list of
 * `(position%,pitch)` points is only trimmed.
 */
export function normalizeContour(value: string): string {
  const text = trimXmlWhitespace(value);
  const points: string[] = [];
  let index = 0;
  while (index < text.length) {
    point.lastIndex = index;
    const match = point.exec(text);
    if (match === null) return text;
    const position = match[1] as string;
    const target = match[2] as string;
    const percent = position.endsWith('%')
      ? parseDecimal(position.slice(0, -1))
      : undefined;
    if (percent === undefined || parsePitch(target.toLowerCase()) === undefined)
      return text;
    points.push(`(${formatNumber(percent)}%,${normalizePitch(target)})`);
    separator.lastIndex = point.lastIndex;
    separator.exec(text);
    index = separator.lastIndex;
  }
  if (points.length === 0) return text;
  const result = points.join(' ');
  return result === text ? text : result;
}
