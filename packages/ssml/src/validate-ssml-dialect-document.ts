import type { SsmlElement, SsmlNode } from './ast';
import { positionAt } from './source-position';
import type { ValidationContext } from './validate-ssml-options';
import { elementPosition } from './validate-ssml-positions';
import { isSpokenText } from './validate-ssml-structure';
import { walkElements } from './validate-ssml-walk';

const silent = new Set(['desc', 'meta', 'metadata', 'lexicon']);

/**
 * Rules about the whole document for the target: Azure's voice wrapper and
 * its 50 voice + audio elements, request sizes (hints: long input must be
 * split) and W3C's root language. What voice families cannot take is
 * reported by lowering.
 */
export function checkDocumentForDialect(context: ValidationContext): void {
  const { dialect, document, collector } = context;
  const { root } = document;
  if (dialect === 'w3c' && !Object.hasOwn(root.attributes, 'xml:lang')) {
    collector.element({
      code: 'missing-language',
      severity: 'info',
      message:
        'SSML 1.1 requires xml:lang on <speak>; without it the processor cannot tell the language',
      element: root,
      attribute: 'xml:lang',
    });
  }
  if (dialect === 'azure') {
    checkAzureVoices(context);
    checkRequestSize({
      context,
      limit: 65_536,
      what: 'Azure takes 64 KB of SSML per request',
    });
  }
  if (dialect === 'google') {
    checkRequestSize({
      context,
      limit: 5000,
      what: 'Google takes 5,000 bytes per request, markup included',
    });
  }
  if (dialect === 'polly') checkPollySize(context);
}

/** Azure needs every word inside a `voice`, and at most 50 `voice` + `audio` elements. */
function checkAzureVoices(context: ValidationContext): void {
  const { collector, document, voice } = context;
  const outside = document.root.children.find(
    (child: SsmlNode) =>
      isSpokenText(child) ||
      (child.type === 'element' &&
        child.name !== 'voice' &&
        child.name !== 'mstts:backgroundaudio'),
  );
  if (outside !== undefined) {
    const message =
      voice === undefined
        ? 'Azure needs all content inside <voice name="…">; without the voice option, lowering wraps it in a default voice'
        : `Azure needs all content inside <voice name="…">; lowering wraps it in <voice name="${voice}">`;
    const finding = {
      code: 'missing-voice',
      severity: voice === undefined ? 'warning' : 'info',
      message,
    } as const;
    if (outside.type === 'element') collector.element({ ...finding, element: outside });
    else collector.text({ ...finding, parent: document.root, text: outside });
  }
  let count = 0;
  walkElements({
    root: document.root,
    stop: () => count > 50,
    visit: ({ element }) => {
      if (element.name !== 'voice' && element.name !== 'audio') return true;
      if (++count === 51) reportVoiceLimit(context, element);
      return true;
    },
  });
}

function reportVoiceLimit(context: ValidationContext, element: SsmlElement): void {
  context.collector.element({
    code: 'limit-exceeded',
    severity: 'error',
    message:
      'Azure takes at most 50 <voice> and <audio> elements per request; this is the 51st',
    element,
  });
}

function checkRequestSize(options: {
  context: ValidationContext;
  limit: number;
  what: string;
}): void {
  const { context, limit, what } = options;
  const { source } = context;
  let bytes = 0;
  for (let offset = 0; offset < source.length; offset++) {
    const code = source.charCodeAt(offset);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 4 : 3;
    if (code >= 0xd800 && code < 0xdc00) offset++;
    if (bytes > limit) {
      context.collector.at({
        code: 'request-size',
        severity: 'info',
        message: `${what}; the document passes ${limit} bytes here, so it must be split into several requests`,
        position: positionAt(source, offset),
      });
      return;
    }
  }
}

/** Polly: 3,000 billed characters (text only) and 6,000 in total per request. */
function checkPollySize(context: ValidationContext): void {
  const { document, source, collector } = context;
  let billed = 0;
  walkElements({
    root: document.root,
    visit: ({ element }) => {
      if (silent.has(element.name)) return false;
      for (const child of element.children)
        if (child.type === 'text') billed += child.value.replace(/\s+/g, ' ').length;
      return true;
    },
  });
  if (billed <= 3000 && source.length <= 6000) return;
  collector.at({
    code: 'request-size',
    severity: 'info',
    message: `Polly takes 3,000 billed characters (text) and 6,000 in total per request; this document has about ${billed} and ${source.length}, so it must be split`,
    position: elementPosition(document.root),
  });
}
