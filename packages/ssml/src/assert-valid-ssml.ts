import type { SsmlDocument } from './ast';
import type { SsmlDiagnostic } from './ssml-diagnostic';
import { SsmlValidationError } from './ssml-validation-error';
import { validateSsml } from './validate-ssml';
import type { ValidateSsmlOptions } from './validate-ssml-options';

/**
 * `validateSsml`, throwing `SsmlValidationError` when any diagnostic is an
 * error; otherwise returns the diagnostics (warnings and infos) so callers
 * can still log them. For failing fast before a request is sent.
 */
export function assertValidSsml(
  document: SsmlDocument,
  options: ValidateSsmlOptions = {},
): SsmlDiagnostic[] {
  const diagnostics = validateSsml(document, options);
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    throw new SsmlValidationError({
      diagnostics,
      ...(options.dialect === undefined ? {} : { dialect: options.dialect }),
    });
  }
  return diagnostics;
}
