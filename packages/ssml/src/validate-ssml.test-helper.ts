import type { SourcePosition } from './ast';
import { parseSsml } from './parse-ssml';
import { positionAt } from './source-position';
import type { SsmlDiagnostic } from './ssml-diagnostic';
import { validateSsml } from './validate-ssml';
import type { ValidateSsmlOptions } from './validate-ssml-options';

/** Parses and validates. */
export function validate(
  source: string,
  options: ValidateSsmlOptions = {},
): SsmlDiagnostic[] {
  return validateSsml(parseSsml(source), options);
}

/** The position of the `occurrence`-th (0-based) `needle` in `source`. */
export function positionOf(
  source: string,
  needle: string,
  occurrence = 0,
): SourcePosition {
  let offset = -1;
  for (let count = 0; count <= occurrence; count++) {
    offset = source.indexOf(needle, offset + 1);
    if (offset === -1)
      throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  return positionAt(source, offset);
}

/** The position just after `needle`: the start of an attribute value when `needle` is `name="`. */
export function positionAfter(
  source: string,
  needle: string,
  occurrence = 0,
): SourcePosition {
  const { offset } = positionOf(source, needle, occurrence);
  return positionAt(source, offset + needle.length);
}

/** `code severity line:column element attribute` per diagnostic, for compact exact assertions. */
export function brief(diagnostics: readonly SsmlDiagnostic[]): string[] {
  return diagnostics.map(
    ({ code, severity, position, element, attribute }) =>
      `${code} ${severity} ${position.line}:${position.column}${element === undefined ? '' : ` ${element}`}${attribute === undefined ? '' : ` ${attribute}`}`,
  );
}
