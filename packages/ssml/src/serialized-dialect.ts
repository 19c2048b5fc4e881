import type { SourceMap } from './source-map';
import type { SpokenTextPlan } from './spoken-text-plan';
import type { SsmlWarning } from './ssml-warning';

/** What a serializer returns: for the `text` dialect, `ssml` holds plain text. */
export type SerializedDialect = {
  ssml: string;
  warnings: SsmlWarning[];
  /** Maps offsets in `ssml` to offsets in the document's source. */
  sourceMap: SourceMap;
  /**
   * `text` dialect only: pauses, rate changes and marks for the caller to
   * emulate (inserted silence, engine speed, mark times).
   */
  plan?: SpokenTextPlan;
};
