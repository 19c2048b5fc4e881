import {
  type SerializeSsmlOptions,
  type SerializeSsmlResult,
  serializeSsml,
} from './serialize-ssml';
import type { SsmlDiagnosticSeverity } from './ssml-diagnostic';
import type { SsmlLoweringAction } from './ssml-warning';
import type { ValidationContext } from './validate-ssml-options';

const severities: Record<SsmlLoweringAction, SsmlDiagnosticSeverity> = {
  dropped: 'warning',
  clamped: 'warning',
  converted: 'info',
  emulated: 'info',
};

type Lower = (
  document: ValidationContext['document'],
  options: SerializeSsmlOptions,
) => SerializeSsmlResult;

/**
 * Reports what `serializeSsml` changes when lowering for the dialect: each
 * lowering warning becomes a diagnostic (`dropped`/`clamped`: warning,
 * `converted`/`emulated`: info), unless a rule of the validator already
 * reported the same element and attribute. A dialect the serializer does
 * not know yet (it throws `RangeError` "unknown SSML dialect") adds
 * nothing; any other throw becomes a `lowering-failed` error.
 */
export function reportLowering(
  context: ValidationContext,
  lower: Lower = serializeSsml,
): void {
  const { dialect, document, collector, voice, family } = context;
  if (dialect === undefined) return;
  let result: SerializeSsmlResult;
  try {
    result = lower(document, {
      dialect,
      ...(voice === undefined ? {} : { voice }),
      ...(family === undefined ? {} : { family }),
    });
  } catch (error) {
    if (error instanceof RangeError && error.message.includes('unknown SSML dialect'))
      return;
    collector.element({
      code: 'lowering-failed',
      severity: 'error',
      message: `serializeSsml could not lower the document for ${dialect}: ${error instanceof Error ? error.message : String(error)}`,
      element: document.root,
    });
    return;
  }
  for (const warning of result.warnings) {
    const { position, attribute } = warning;
    if (collector.hasSubject({ offset: position.offset, attribute })) continue;
    const times =
      warning.occurrences > 1 ? ` (${warning.occurrences} times; the first is here)` : '';
    collector.at({
      code: `lowering-${warning.action}`,
      severity: severities[warning.action],
      message: `${warning.message}${times}`,
      element: warning.element,
      ...(attribute === undefined ? {} : { attribute }),
      position,
    });
  }
}
