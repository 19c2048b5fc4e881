import { describe, expect, it } from 'vitest';
import type { SsmlDocument, SsmlElement } from './ast';
import { parseSsml } from './parse-ssml';
import { type SerializeSsmlOptions, serializeSsml } from './serialize-ssml';
import { serializeText } from './serialize-text';
import { vendorDocuments } from './shared-corpus.test-helper';
import { sourceMapProblems } from './source-map.test-helper';
import type { SsmlWarning } from './ssml-warning';
import { toPlainText } from './to-plain-text';
import { xmlWellFormednessError } from './xml-well-formed.test-helper';

const documents = vendorDocuments()
  .filter((entry) => entry.wellFormedXml)
  .map((entry) => ({
    file: entry.file,
    source: entry.source,
    document: parseSsml(entry.source),
  }));

const configurations: SerializeSsmlOptions[] = [
  { dialect: 'w3c' },
  { dialect: 'google' },
  { dialect: 'google', voice: 'en-US-Studio-O' },
  { dialect: 'google', voice: 'en-US-Neural2-F' },
  { dialect: 'azure', voice: 'en-US-JennyNeural' },
  { dialect: 'azure', voice: 'en-US-Ava:DragonHDLatestNeural' },
  { dialect: 'azure', family: 'dragon-hd-omni' },
  { dialect: 'polly', family: 'standard' },
  { dialect: 'polly' },
  { dialect: 'polly', family: 'long-form' },
  { dialect: 'polly', family: 'generative' },
];

/** The spoken text, whitespace collapsed. */
const spoken = (document: SsmlDocument) => toPlainText(document).text;

function elementAt(element: SsmlElement, offset: number): SsmlElement | undefined {
  if (element.span.start === offset) return element;
  for (const child of element.children) {
    if (child.type !== 'element' || child.span.start > offset || child.span.end <= offset)
      continue;
    return elementAt(child, offset);
  }
  return undefined;
}

const hasText = (element: SsmlElement): boolean =>
  element.children.some((child) =>
    child.type === 'text' ? /\S/.test(child.value) : hasText(child),
  );

/**
 * Lowering never removes spoken text: an element whose tag is dropped keeps
 * its text ("its text is spoken without the tag"), and an element dropped
 * whole ("it was dropped") has no text. So the output speaks exactly what
 * the input speaks.
 */
function spokenTextProblems(options: {
  document: SsmlDocument;
  output: SsmlDocument;
  warnings: readonly SsmlWarning[];
}): string[] {
  const { document, output } = options;
  const problems: string[] = [];
  if (spoken(output) !== spoken(document))
    problems.push(`speaks ${JSON.stringify(spoken(output))}`);
  for (const warning of options.warnings) {
    if (warning.action !== 'dropped' || !warning.message.endsWith('it was dropped'))
      continue;
    const element = elementAt(document.root, warning.position.offset);
    if (element === undefined || hasText(element))
      problems.push(`dropped <${warning.element}> with its text: ${warning.message}`);
  }
  return problems;
}

/** Azure: `speak` holds only voices and (first) one background audio. */
function azureStructureProblems(output: SsmlDocument): string[] {
  const names = output.root.children.flatMap((child) =>
    child.type === 'element' ? [child.name] : /\S/.test(child.value) ? ['#text'] : [],
  );
  const problems = names
    .filter(
      (name, index) =>
        !(name === 'voice' || (name === 'mstts:backgroundaudio' && index === 0)),
    )
    .map((name) => `<${name}> directly in <speak>`);
  if (!names.includes('voice')) problems.push('no <voice>');
  for (const attribute of ['version', 'xmlns', 'xml:lang'])
    if (output.root.attributes[attribute] === undefined) problems.push(`no ${attribute}`);
  return problems;
}

describe('serializeSsml vendor dialects on the shared corpus', () => {
  for (const options of configurations) {
    const name = `${options.dialect} ${options.voice ?? options.family ?? '(default)'}`;
    it(`${name}: well-formed, same spoken text, valid map, warnings at their elements`, () => {
      for (const { file, source, document } of documents) {
        const result = serializeSsml(document, options);
        expect(xmlWellFormednessError(result.ssml), file).toBeUndefined();
        const output = parseSsml(result.ssml);
        const { warnings } = result;
        expect(spokenTextProblems({ document, output, warnings }), file).toEqual([]);
        expect(
          sourceMapProblems({ output: result.ssml, source, sourceMap: result.sourceMap }),
          file,
        ).toEqual([]);
        if (options.dialect === 'azure')
          expect(azureStructureProblems(output), file).toEqual([]);
        for (const warning of result.warnings) {
          expect(warning.dialect, file).toBe(options.dialect);
          const { offset } = warning.position;
          const atRoot =
            offset === document.root.span.start && warning.element === 'speak';
          expect(atRoot || source.startsWith(`<${warning.element}`, offset), file).toBe(
            true,
          );
        }
      }
    });
  }

  it('google Chirp 3: HD: the text dialect output, plus one warning for documents with markup', () => {
    for (const { file, document } of documents) {
      const result = serializeSsml(document, {
        dialect: 'google',
        voice: 'en-US-Chirp3-HD-Puck',
      });
      const text = serializeText(document);
      expect(result.ssml, file).toBe(text.ssml);
      const { root } = document;
      const markup =
        Object.keys(root.attributes).length > 0 ||
        root.children.some((child) => child.type === 'element');
      expect(result.warnings.length, file).toBe(text.warnings.length + (markup ? 1 : 0));
      if (markup)
        expect(result.warnings[0], file).toMatchObject({
          action: 'converted',
          to: 'plain text',
        });
    }
  });

  it('lowers every corpus document for the vendors with changes only where the table says so', () => {
    const counts = new Map<string, number>();
    for (const { document } of documents) {
      for (const options of configurations) {
        for (const warning of serializeSsml(document, options).warnings) {
          const key = `${options.dialect} ${warning.action}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
    }
    // Every dialect has work to do on vendor documents written for the others.
    for (const dialect of ['w3c', 'google', 'azure', 'polly'])
      expect(counts.get(`${dialect} dropped`), dialect).toBeGreaterThan(0);
    expect(counts.get('azure converted')).toBeGreaterThan(0);
    expect(counts.get('polly clamped')).toBeGreaterThan(0);
  });
});
