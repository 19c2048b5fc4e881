import type { Warning } from '@ttskit/core/spec';
import { MappedTextBuilder, type OffsetMap } from './offset-map';
import { decideElement, type SsmlTag } from './speechify-ssml-elements';
import { tokenizeSsml } from './ssml-tokens';
import { escapeXml } from './xml-entities';

/** keep: written; unwrap: tag dropped, content kept; separate: same, with a space each side. */
type Action = 'keep' | 'unwrap' | 'separate' | 'speak';

export type FilteredSsml = {
  text: string;
  map: OffsetMap;
  warnings: Warning[];
  /** `xml:lang` of the root `speak`, if any. */
  language?: string;
};

/**
 * Rewrites SSML (in practice `@ttskit/ssml`'s `w3c` dialect) into the subset
 * Speechify documents: `speak`, `prosody` (pitch, rate, volume), `break`
 * (≤ 10 s), `emphasis`, `sub` and `speechify:style`. Other tags are dropped
 * (their text kept, `desc`/`metadata` removed), each kind with one warning.
 * `emotion` wraps the content in `<speechify:style emotion>`. Text is copied
 * as written, so offsets map back exactly.
 */
export function filterSsmlForSpeechify(options: {
  input: string;
  emotion?: string | undefined;
}): FilteredSsml {
  const { input, emotion } = options;
  const tokens = tokenizeSsml(input);
  const builder = new MappedTextBuilder();
  const notes = new Map<string, { details: string; occurrences: number }>();
  const warn = (feature: string, details: string) => {
    const note = notes.get(feature);
    if (note) note.occurrences += 1;
    else notes.set(feature, { details, occurrences: 1 });
  };
  const styleOpen = emotion ? `<speechify:style emotion="${escapeXml(emotion)}">` : '';
  const styleClose = emotion ? '</speechify:style>' : '';
  const firstTag = tokens.find((token) => token.kind === 'tag') as SsmlTag | undefined;
  const rooted = firstTag?.name === 'speak' && !firstTag.closing;
  if (!rooted) builder.appendMarkup(`<speak>${styleOpen}`);
  const stack: Array<{ name: string; action: Action }> = [];
  let skipping: { name: string; depth: number } | undefined;
  let language: string | undefined;

  for (const token of tokens) {
    if (skipping) {
      if (token.kind === 'tag' && token.name === skipping.name && !token.selfClosing)
        skipping.depth += token.closing ? -1 : 1;
      if (skipping.depth === 0) skipping = undefined;
      continue;
    }
    if (token.kind === 'text') {
      const text = input.slice(token.start, token.end);
      builder.appendSource({ text, sourceStart: token.start, sourceEnd: token.end });
      continue;
    }
    if (token.kind === 'other') continue;
    if (token.closing) {
      const index = stack.map((entry) => entry.name).lastIndexOf(token.name);
      if (index === -1) continue;
      const [entry] = stack.splice(index);
      if (entry?.action === 'keep') builder.appendMarkup(`</${token.name}>`);
      else if (entry?.action === 'separate') builder.appendWordBreak();
      else if (entry?.action === 'speak') builder.appendMarkup(`${styleClose}</speak>`);
      continue;
    }
    const decision = decideElement({
      tag: token,
      warn,
      isRoot: rooted && stack.length === 0,
    });
    if (decision.action === 'remove') {
      if (!token.selfClosing) skipping = { name: token.name, depth: 1 };
      continue;
    }
    if (decision.action === 'speak') {
      language = token.attributes.get('xml:lang');
      builder.appendMarkup(`<speak>${styleOpen}`);
    } else if (decision.action === 'keep') {
      const attributes = decision.attributes
        .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
        .join('');
      builder.appendMarkup(`<${token.name}${attributes}${token.selfClosing ? '/' : ''}>`);
    } else if (decision.action === 'separate') builder.appendWordBreak();
    if (!token.selfClosing) stack.push({ name: token.name, action: decision.action });
    else if (decision.action === 'separate') builder.appendWordBreak();
  }
  if (!rooted) builder.appendMarkup(`${styleClose}</speak>`);
  const warnings: Warning[] = [...notes].map(([feature, note]) => ({
    type: 'unsupported-feature',
    feature,
    details: `${note.details}${note.occurrences > 1 ? ` (${note.occurrences} times)` : ''}`,
  }));
  return { ...builder.build(), warnings, ...(language ? { language } : {}) };
}
