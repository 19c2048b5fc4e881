import type { SsmlDocument, SsmlElement, SsmlNode } from '../ast';
import { type LoweringDecision, writeLoweredNodes } from '../lowered-markup';
import type { MarkupWriter } from '../markup-writer';
import type { SsmlWarningCollector } from '../ssml-warning';
import type { LoweringDecisions } from './table-lowering';

const backgroundAudio = 'mstts:backgroundaudio';

/**
 * Writes the root's content the way Azure requires: `speak` holds only
 * `voice` elements and one `mstts:backgroundaudio` (first). Top-level
 * `voice` elements are kept; every run of other content is wrapped in
 * `<voice name="…">` with the caller's voice. A document with no content
 * still gets one (empty) voice.
 */
export function writeVoiceWrappedContent(options: {
  document: SsmlDocument;
  writer: MarkupWriter;
  decisions: LoweringDecisions;
  warnings: SsmlWarningCollector;
  voice: string;
}): void {
  const { document, writer, decisions, voice } = options;
  const hoisted = hoistBackgroundAudio(options);
  // Background audio is written first (the hoisted one) or not at all.
  const decide = (element: SsmlElement): LoweringDecision => {
    const decision = decisions.get(element) ?? { action: 'remove' };
    return decision.action === 'keep' && decision.name === backgroundAudio
      ? { action: 'remove' }
      : decision;
  };
  if (hoisted !== undefined) {
    const decision = decisions.get(hoisted);
    if (decision?.action === 'keep')
      writer.startTag({
        name: decision.name,
        attributes: decision.attributes,
        selfClosing: true,
      });
  }
  let run: SsmlNode[] = [];
  let voices = 0;
  const flush = () => {
    const needsVoice = run.some((node) =>
      node.type === 'text' ? /\S/.test(node.value) : decide(node).action !== 'remove',
    );
    if (needsVoice) {
      writer.startTag({ name: 'voice', attributes: [['name', voice]] });
      voices++;
    }
    writeLoweredNodes({ document, nodes: run, writer, decide });
    if (needsVoice) writer.endTag('voice');
    run = [];
  };
  for (const child of document.root.children) {
    const decision = child.type === 'element' ? decide(child) : undefined;
    if (decision?.action === 'keep' && decision.name === 'voice') {
      flush();
      writeLoweredNodes({ document, nodes: [child], writer, decide });
      voices++;
    } else run.push(child);
  }
  flush();
  if (voices === 0)
    writer.startTag({ name: 'voice', attributes: [['name', voice]], selfClosing: true });
}

/** The first kept background audio; later ones are dropped (Azure takes one). */
function hoistBackgroundAudio(options: {
  decisions: LoweringDecisions;
  warnings: SsmlWarningCollector;
}): SsmlElement | undefined {
  let first: SsmlElement | undefined;
  for (const [element, decision] of options.decisions) {
    if (decision.action !== 'keep' || decision.name !== backgroundAudio) continue;
    if (first === undefined) {
      first = element;
      continue;
    }
    options.warnings.add({
      action: 'dropped',
      element,
      from: `<${backgroundAudio}>`,
      message: `Azure takes one <${backgroundAudio}> per document; this one was dropped`,
    });
  }
  return first;
}
