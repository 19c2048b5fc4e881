import type { SsmlDocument } from './ast';
import { lowerForEspeak } from './espeak-lowering';
import { writeLoweredChildren } from './lowered-markup';
import { MarkupWriter } from './markup-writer';
import type { SerializedDialect } from './serialized-dialect';
import { SsmlWarningCollector } from './ssml-warning';

const ignoredRootAttributes = /^(?:version|xmlns(?::.*)?|xml:lang)$/;

/**
 * SSML reduced to what espeak-ng's SSML mode honours, with a warning for
 * each element, attribute or value that was dropped or converted.
 */
export function serializeEspeak(
  document: SsmlDocument,
  options: { voice?: string | undefined },
): SerializedDialect {
  const warnings = new SsmlWarningCollector('espeak');
  const writer = new MarkupWriter();
  const { root } = document;
  for (const attribute of Object.keys(root.attributes)) {
    if (!ignoredRootAttributes.test(attribute)) {
      warnings.add({
        action: 'dropped',
        from: `${attribute}="${root.attributes[attribute]}"`,
        message: `espeak ignores ${attribute} on <speak>; the attribute was dropped`,
        element: root,
        attribute,
      });
    }
  }
  const language = root.attributes['xml:lang'];
  writer.startTag({
    name: 'speak',
    attributes: language === undefined ? [] : [['xml:lang', language]],
  });
  writeLoweredChildren({
    document,
    element: root,
    writer,
    decide: (element) => lowerForEspeak({ element, warnings, voice: options.voice }),
  });
  writer.endTag('speak');
  const { output, sourceMap } = writer.finish();
  return { ssml: output, warnings: warnings.warnings, sourceMap };
}
