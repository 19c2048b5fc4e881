import type { SsmlDocument, SsmlElement } from './ast';
import type { SerializedDialect } from './serialized-dialect';
import { describeTag, SsmlWarningCollector } from './ssml-warning';
import { toPlainText } from './to-plain-text';

/** Elements whose meaning plain text keeps (structure becomes spaces, `sub` its alias). */
const keptByPlainText = new Set(['speak', 'p', 's', 'sub', 'desc', 'metadata', 'meta']);

const lostMeaning: Record<string, string> = {
  break: 'pauses',
  prosody: 'rate, pitch and volume changes',
  emphasis: 'emphasis',
  phoneme: 'pronunciations',
  'say-as': 'say-as interpretations',
  audio: 'audio clips (their fallback text is spoken)',
  voice: 'voice changes',
  lang: 'language changes',
  mark: 'marks (no mark events)',
  lexicon: 'lexicons',
};

/**
 * Plain text (the same as `toPlainText`) with one warning per kind of element
 * whose meaning is lost: pauses, prosody, emphasis, pronunciations, voices,
 * vendor extensions.
 */
export function serializeText(document: SsmlDocument): SerializedDialect {
  const warnings = new SsmlWarningCollector('text');
  collectLosses(document.root, warnings);
  const { text, sourceMap } = toPlainText(document);
  return { ssml: text, warnings: warnings.warnings, sourceMap };
}

function collectLosses(element: SsmlElement, warnings: SsmlWarningCollector): void {
  for (const child of element.children) {
    if (child.type === 'text') continue;
    const { name } = child;
    const isCharacters =
      name === 'say-as' && child.attributes['interpret-as'] === 'characters';
    if (!keptByPlainText.has(name) && !isCharacters) {
      const lost = lostMeaning[name];
      warnings.add({
        action: 'dropped',
        from: describeTag(name),
        message:
          lost === undefined
            ? `plain text cannot carry <${name}>; only its text is spoken`
            : `plain text cannot carry ${lost}; <${name}> was dropped`,
        element: child,
      });
    }
    if (name !== 'desc' && name !== 'metadata') collectLosses(child, warnings);
  }
}
