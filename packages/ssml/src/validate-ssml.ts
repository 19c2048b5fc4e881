import type { SsmlDocument, SsmlElement } from './ast';
import { getElementDefinition } from './elements/element-definitions';
import type { SsmlDiagnostic } from './ssml-diagnostic';
import { checkAttributes } from './validate-ssml-attributes';
import { DiagnosticCollector } from './validate-ssml-collector';
import { checkDocumentForDialect } from './validate-ssml-dialect-document';
import { checkElementForDialect } from './validate-ssml-dialect-rules';
import { reportLowering } from './validate-ssml-lowering';
import {
  readValidateSsmlOptions,
  type ValidateSsmlOptions,
  type ValidationContext,
} from './validate-ssml-options';
import { elementPosition } from './validate-ssml-positions';
import { ReferenceTracker } from './validate-ssml-references';
import { checkChildren, reportUnknownElement } from './validate-ssml-structure';
import { walkElements } from './validate-ssml-walk';

/**
 * Checks a parsed document against SSML 1.1, the vendor extensions ttskit
 * knows and, with `dialect`, the target's own rules and what lowering for
 * it changes. Returns diagnostics in source order; never throws for a
 * document (only for bad options). The walk is iterative and stops after
 * `maxDiagnostics` (default 1,000), then adds one `diagnostics-truncated`.
 */
export function validateSsml(
  document: SsmlDocument,
  options: ValidateSsmlOptions = {},
): SsmlDiagnostic[] {
  if (document?.type !== 'document' || document.root?.type !== 'element') {
    throw new TypeError('[ttskit] [ssml] validateSsml expects a document from parseSsml');
  }
  const settings = readValidateSsmlOptions(options);
  const source = typeof document.source === 'string' ? document.source : '';
  const collector = new DiagnosticCollector({
    source,
    maxDiagnostics: settings.maxDiagnostics,
  });
  const context: ValidationContext = { ...settings, document, source, collector };
  const complete = checkElements(context);
  checkDocumentForDialect(context);
  reportLowering(context);
  const diagnostics = collector.diagnostics.sort(
    (first, second) => first.position.offset - second.position.offset,
  );
  if (collector.dropped > 0 || !complete) {
    diagnostics.push({
      code: 'diagnostics-truncated',
      severity: 'info',
      message: `more than ${settings.maxDiagnostics} diagnostics; the rest are left out (raise the maxDiagnostics option to see them)`,
      position: elementPosition(document.root),
    });
  }
  return diagnostics;
}

/** Checks every element; `false` when the walk stopped at `maxDiagnostics`. */
function checkElements(context: ValidationContext): boolean {
  const { collector } = context;
  const references = new ReferenceTracker(context);
  const perDocument = new Map<string, number>();
  const complete = walkElements({
    root: context.document.root,
    stop: () => collector.full,
    visit: ({ element }) => {
      references.record(element);
      const definition = getElementDefinition(element.name);
      if (definition === undefined) {
        reportUnknownElement(context, element);
        return true;
      }
      checkDocumentMaximum({ context, element, perDocument });
      const invalidAttributes = checkAttributes({ context, element, definition });
      checkElementForDialect({ context, element, definition, invalidAttributes });
      checkChildren({ context, element, definition });
      return definition.content.kind !== 'any';
    },
  });
  references.finish();
  return complete;
}

function checkDocumentMaximum(options: {
  context: ValidationContext;
  element: SsmlElement;
  perDocument: Map<string, number>;
}): void {
  const { context, element, perDocument } = options;
  const maximum = getElementDefinition(element.name)?.placement?.maximumPerDocument;
  if (maximum === undefined) return;
  const count = (perDocument.get(element.name) ?? 0) + 1;
  perDocument.set(element.name, count);
  if (count === maximum + 1) {
    context.collector.element({
      code: 'limit-exceeded',
      severity: 'error',
      message: `a document may have at most ${maximum} <${element.name}>`,
      element,
    });
  }
}
