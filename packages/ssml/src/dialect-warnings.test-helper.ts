import type { SsmlWarning } from './ssml-warning';

/** `action element@attribute line:column from → to`, one line per warning, for exact assertions. */
export function summarizeWarnings(warnings: readonly SsmlWarning[]): string[] {
  return warnings.map((warning) => {
    const attribute = warning.attribute === undefined ? '' : `@${warning.attribute}`;
    const { line, column } = warning.position;
    const to = warning.to === '' ? '' : ` → ${warning.to}`;
    return `${warning.action} ${warning.element}${attribute} ${line}:${column} ${warning.from}${to}`;
  });
}
