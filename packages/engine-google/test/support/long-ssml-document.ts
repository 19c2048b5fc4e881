import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SsmlNode } from '@ttskit/ssml';

/** Sentences of The Time Machine from the shared corpus. */
export function bookSentences(): string[] {
  const path = join(
    import.meta.dirname,
    '../../../../../shared/corpus/books/the-time-machine.paragraphs.txt',
  );
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(4)
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?]['’]?)\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A long SSML document of `length` characters at least, nested prosody
 * three deep, a `<mark name="mN"/>` before every sentence:
 * rate > [ A | pitch > [ B | C1 volume > [ D ] C2 ] | E ].
 */
export function longProsodyDocument(length: number): { ssml: string; marks: string[] } {
  const sentences = bookSentences();
  const marks: string[] = [];
  let next = 0;
  const section = (characters: number) => {
    let text = '';
    while (text.length < characters) {
      const sentence = sentences[next % sentences.length] as string;
      const name = `m${next++}`;
      marks.push(name);
      text += `<s><mark name="${name}"/>${escapeXml(sentence)}</s> `;
    }
    return text;
  };
  const body = () =>
    `<prosody rate="95%"><p>${section(1_800)}</p><prosody pitch="+2st"><p>${section(
      1_500,
    )}</p><p>${section(500)}<prosody volume="+3dB">${section(5_500)}</prosody>${section(
      500,
    )}</p></prosody><p>`;
  const head = `<speak>${body()}`;
  const tail = '</p></prosody></speak>';
  const ssml = `${head}${section(length - head.length - tail.length)}${tail}`;
  return { ssml, marks };
}

/** Each mark's chain of enclosing `prosody` attributes (`rate=95%/pitch=+2st`). */
export function prosodyChains(
  nodes: readonly SsmlNode[],
  chain = '',
): Map<string, string> {
  const chains = new Map<string, string>();
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.name === 'mark' && node.attributes.name !== undefined)
      chains.set(node.attributes.name, chain);
    const inner =
      node.name === 'prosody'
        ? `${chain}/${Object.entries(node.attributes)
            .map(([key, value]) => `${key}=${value}`)
            .join(',')}`
        : chain;
    for (const [name, value] of prosodyChains(node.children, inner))
      chains.set(name, value);
  }
  return chains;
}
