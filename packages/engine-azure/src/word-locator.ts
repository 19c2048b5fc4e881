import type { SourceMap } from '@ttskit/ssml';
import { createSsmlTextView, type SsmlTextView } from './ssml-text-view';

/**
 * Finds the words the service reports in the SSML that was sent and maps
 * them to UTF-16 offsets in the engine's `input`, in spoken order.
 *
 * The SDK's `textOffset` is `ssml.indexOf(word, end of the last word)`, a
 * UTF-16 offset into the SSML, skipping matches inside tags; it is -1 when
 * the SSML spells the word differently (`AT&amp;T` for `AT&T`). It is used
 * when it points at the word in the text; otherwise the word is searched in
 * the decoded text after the last one (then case-insensitively). A word
 * that cannot be found gets an empty range where the last one ended.
 */
export class WordLocator {
  private view: SsmlTextView | undefined;
  private lowered: string | undefined;
  /** Index in the decoded text just after the last word found. */
  private cursor = 0;

  constructor(
    private readonly ssml: string,
    private readonly sourceMap: SourceMap,
  ) {}

  locate(word: { text: string; textOffset: number }): { start: number; end: number } {
    this.view ??= createSsmlTextView(this.ssml);
    const view = this.view;
    const { text } = word;
    const index =
      text === '' ? -1 : (this.atSdkOffset(view, word) ?? this.search(view, text));
    if (index < 0) {
      const ssmlOffset = view.starts[this.cursor] ?? this.ssml.length;
      const at = this.sourceMap.toSourceOffset(ssmlOffset);
      return { start: at, end: at };
    }
    this.cursor = index + text.length;
    return this.sourceMap.toSourceRange({
      start: view.starts[index] as number,
      end: view.ends[index + text.length - 1] as number,
    });
  }

  private atSdkOffset(view: SsmlTextView, word: { text: string; textOffset: number }) {
    if (word.textOffset < 0) return undefined;
    let low = this.cursor;
    let high = view.starts.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((view.starts[middle] as number) < word.textOffset) low = middle + 1;
      else high = middle;
    }
    const matches =
      view.starts[low] === word.textOffset && view.text.startsWith(word.text, low);
    return matches ? low : undefined;
  }

  private search(view: SsmlTextView, text: string): number {
    const exact = view.text.indexOf(text, this.cursor);
    if (exact >= 0) return exact;
    this.lowered ??= view.text.toLowerCase();
    const needle = text.toLowerCase();
    // only when lower-casing kept every length (offsets still line up)
    if (this.lowered.length !== view.text.length || needle.length !== text.length)
      return -1;
    return this.lowered.indexOf(needle, this.cursor);
  }
}
