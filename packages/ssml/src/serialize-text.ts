import type { SsmlDocument, SsmlElement } from './ast';
import type { SerializedDialect } from './serialized-dialect';
import { planSpokenText, type SpokenTextPlan } from './spoken-text-plan';
import {
  describeTag,
  type SsmlLoweringAction,
  SsmlWarningCollector,
} from './ssml-warning';
import { canonicalInterpretAs } from './values/interpret-as';

/** Elements whose meaning plain text keeps (structure becomes spaces, `sub` its alias). */
const keptByPlainText = new Set(['speak', 'p', 's', 'sub', 'desc', 'metadata', 'meta']);

const lostMeaning: Record<string, string> = {
  prosody: 'pitch and volume changes',
  emphasis: 'emphasis',
  phoneme: 'pronunciations',
  'say-as': 'say-as interpretations',
  audio: 'audio clips (their fallback text is spoken)',
  voice: 'voice changes',
  lang: 'language changes',
  lexicon: 'lexicons',
};

/** What the plan carries for the caller to emulate. */
const emulated: Record<string, string> = {
  break: 'the pause becomes inserted silence',
  mark: 'the mark is reported where the text around it is cut',
  bookmark: 'the bookmark is reported where the text around it is cut',
};

/** The text dialect: plain text plus the plan that keeps pauses, rate and marks. */
export type SerializedText = SerializedDialect & { plan: SpokenTextPlan };

/**
 * Plain text for engines without SSML. `sub` speaks its alias and
 * `say-as interpret-as="characters"` is spelled out; pauses, rate changes
 * and marks are in `plan` for the caller to emulate (an `emulated` warning
 * each); everything else plain text cannot carry is a `dropped` warning.
 */
export function serializeText(document: SsmlDocument): SerializedText {
  const warnings = new SsmlWarningCollector('text');
  collectLosses(document.root, warnings);
  const plan = planSpokenText(document);
  return {
    ssml: plan.text,
    warnings: warnings.warnings,
    sourceMap: plan.sourceMap,
    plan,
  };
}

function collectLosses(element: SsmlElement, warnings: SsmlWarningCollector): void {
  for (const child of element.children) {
    if (child.type === 'text') continue;
    const { name } = child;
    const add = (action: SsmlLoweringAction, message: string, attribute?: string) =>
      warnings.add({
        action,
        element: child,
        from:
          attribute === undefined
            ? describeTag(name)
            : `${attribute}="${child.attributes[attribute]}"`,
        message,
        ...(attribute === undefined ? {} : { attribute }),
      });
    const emulation = emulated[name];
    if (emulation !== undefined)
      add('emulated', `plain text has no <${name}>; ${emulation}`);
    else if (name === 'prosody') collectProsody(child, add);
    else if (name === 'say-as') {
      const interpretAs = child.attributes['interpret-as'] ?? '';
      if (canonicalInterpretAs(interpretAs) === 'characters')
        add('emulated', 'plain text has no say-as; the characters are spelled out');
      else
        add(
          'dropped',
          'plain text cannot carry say-as interpretations; the text is spoken as written',
        );
    } else if (!keptByPlainText.has(name)) {
      const lost = lostMeaning[name];
      add(
        'dropped',
        lost === undefined
          ? `plain text cannot carry <${name}>; only its text is spoken`
          : `plain text cannot carry ${lost}; <${name}> was dropped`,
      );
    }
    if (name !== 'desc' && name !== 'metadata') collectLosses(child, warnings);
  }
}

function collectProsody(
  element: SsmlElement,
  add: (action: SsmlLoweringAction, message: string, attribute?: string) => void,
): void {
  for (const attribute of Object.keys(element.attributes)) {
    if (attribute === 'rate')
      add(
        'emulated',
        'plain text has no rate; it becomes the engine speed for that text',
        attribute,
      );
    else
      add(
        'dropped',
        `plain text cannot carry prosody ${attribute}; it was dropped`,
        attribute,
      );
  }
}
