import type { SsmlDocument, SsmlElement } from '../ast';
import type { DialectCapabilities } from '../capabilities/capability-types';
import type { LoweringDecision } from '../lowered-markup';
import { writeLoweredChildren } from '../lowered-markup';
import { MarkupWriter } from '../markup-writer';
import { serializeText } from '../serialize-text';
import type { SerializedDialect } from '../serialized-dialect';
import { type SsmlWarning, SsmlWarningCollector } from '../ssml-warning';
import { writeVoiceWrappedContent } from './azure-voice-wrapping';
import { lowerRootAttributes } from './root-attributes';
import { decideDocument } from './table-lowering';

/**
 * Serializes `document` for a dialect and voice family described by a
 * capability table: every element and attribute passes, converts, clamps
 * or drops as the table says, with a warning for every change. Families
 * that take no SSML get the plain-text (`text` dialect) output instead.
 */
export function serializeWithCapabilities(options: {
  document: SsmlDocument;
  capabilities: DialectCapabilities;
  voice?: string | undefined;
}): SerializedDialect {
  const { document, capabilities, voice } = options;
  if (capabilities.plainTextOnly) return serializeAsPlainText({ document, capabilities });
  const warnings = new SsmlWarningCollector(capabilities.dialect);
  const context = { capabilities, warnings, voice };
  const decisions = decideDocument({ document, context });
  const attributes = lowerRootAttributes({
    document,
    capabilities,
    decisions,
    warnings,
    voice,
  });
  const writer = new MarkupWriter({ collapseEmptyElements: true });
  writer.startTag({ name: 'speak', attributes });
  if (capabilities.root.voiceWrapper) {
    writeVoiceWrappedContent({
      document,
      writer,
      decisions,
      warnings,
      voice: voice ?? capabilities.defaultVoice ?? '',
    });
  } else {
    const decide = (element: SsmlElement): LoweringDecision =>
      decisions.get(element) ?? { action: 'remove' };
    writeLoweredChildren({ document, element: document.root, writer, decide });
  }
  writer.endTag('speak');
  const { output, sourceMap } = writer.finish();
  return { ssml: output, warnings: inDocumentOrder(warnings.warnings), sourceMap };
}

/** Plain text (the `text` dialect) plus one warning that the markup was not sent. */
function serializeAsPlainText(options: {
  document: SsmlDocument;
  capabilities: DialectCapabilities;
}): SerializedDialect {
  const { document, capabilities } = options;
  const text = serializeText(document);
  const warnings = new SsmlWarningCollector(capabilities.dialect);
  if (hasMarkup(document)) {
    warnings.add({
      action: 'converted',
      element: document.root,
      from: '<speak>',
      to: 'plain text',
      message: `${capabilities.label} take no SSML; the document is sent as plain text`,
    });
  }
  const relabelled = text.warnings.map((warning) => ({
    ...warning,
    dialect: capabilities.dialect,
  }));
  return { ...text, warnings: [...warnings.warnings, ...relabelled] };
}

function hasMarkup(document: SsmlDocument): boolean {
  const { root } = document;
  return (
    Object.keys(root.attributes).length > 0 ||
    root.children.some((child) => child.type === 'element')
  );
}

/** Warnings sorted by where they point in the source (stable for one position). */
function inDocumentOrder(warnings: SsmlWarning[]): SsmlWarning[] {
  return [...warnings].sort((a, b) => a.position.offset - b.position.offset);
}
