import type { Warning } from '@ttskit/core/spec';
import { MappedTextBuilder, OffsetMap } from './offset-map';
import { filterSsmlForSpeechify } from './speechify-ssml-filter';
import { escapeXml } from './xml-entities';

/** What is sent as `input`, and how its offsets map back to the engine's input. */
export type PreparedInput = {
  text: string;
  map: OffsetMap;
  isSsml: boolean;
  warnings: Warning[];
  /** `xml:lang` of the document, used when the call gives no language. */
  language?: string;
};

const specialCharacters = /[&<>]/g;

/** Plain text as `<speak>` SSML, escaped, optionally inside `<speechify:style>`. */
function wrapPlainText(input: string, emotion: string | undefined): PreparedInput {
  const builder = new MappedTextBuilder();
  builder.appendMarkup(
    emotion ? `<speak><speechify:style emotion="${escapeXml(emotion)}">` : '<speak>',
  );
  let copied = 0;
  for (const match of input.matchAll(specialCharacters)) {
    const index = match.index ?? 0;
    builder.appendSource({
      text: input.slice(copied, index),
      sourceStart: copied,
      sourceEnd: index,
    });
    builder.appendSource({
      text: escapeXml(match[0]),
      sourceStart: index,
      sourceEnd: index + 1,
    });
    copied = index + 1;
  }
  builder.appendSource({
    text: input.slice(copied),
    sourceStart: copied,
    sourceEnd: input.length,
  });
  builder.appendMarkup(emotion ? '</speechify:style></speak>' : '</speak>');
  return { ...builder.build(), isSsml: true, warnings: [] };
}

/**
 * SSML goes through the Speechify filter. Plain text is sent as it is
 * (Speechify tells SSML from text itself), unless it starts with `<` (it
 * could pass for markup) or an emotion is asked for: then it is escaped and
 * wrapped in `<speak>`.
 */
export function prepareSpeechifyInput(options: {
  input: string;
  inputType: 'ssml' | 'text';
  emotion?: string | undefined;
}): PreparedInput {
  const { input, inputType, emotion } = options;
  if (inputType === 'ssml') {
    return { ...filterSsmlForSpeechify({ input, emotion }), isSsml: true };
  }
  if (emotion !== undefined || /^\s*</.test(input)) return wrapPlainText(input, emotion);
  return {
    text: input,
    map: OffsetMap.identity(input.length),
    isSsml: false,
    warnings: [],
  };
}
