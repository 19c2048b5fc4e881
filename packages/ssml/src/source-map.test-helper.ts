import type { SourceMap } from './source-map';

/**
 * Checks a map against the strings it joins: linear segments copy the source
 * verbatim, and `toSourceOffset` never decreases. Returns the problems found.
 */
export function sourceMapProblems(options: {
  output: string;
  source: string;
  sourceMap: SourceMap;
}): string[] {
  const { output, source, sourceMap } = options;
  const problems: string[] = [];
  let previousOutputEnd = 0;
  for (const segment of sourceMap.segments) {
    if (segment.outputStart < previousOutputEnd)
      problems.push(`overlap at ${segment.outputStart}`);
    previousOutputEnd = segment.outputEnd;
    if (segment.sourceStart < 0 || segment.sourceEnd > source.length) {
      problems.push(
        `source range ${segment.sourceStart}-${segment.sourceEnd} out of bounds`,
      );
    }
    if (!segment.atomic) {
      const produced = output.slice(segment.outputStart, segment.outputEnd);
      const original = source.slice(segment.sourceStart, segment.sourceEnd);
      const normalized = original.replace(/[ \t\n\r]/g, ' ');
      if (produced !== original && produced !== normalized) {
        problems.push(
          `linear ${JSON.stringify(produced)} ≠ source ${JSON.stringify(original)}`,
        );
      }
    }
  }
  let previous = -1;
  for (let offset = 0; offset <= output.length; offset++) {
    const sourceOffset = sourceMap.toSourceOffset(offset);
    if (sourceOffset < previous) problems.push(`toSourceOffset decreases at ${offset}`);
    previous = sourceOffset;
  }
  return problems;
}
