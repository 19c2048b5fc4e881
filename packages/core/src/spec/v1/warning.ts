/**
 * Something lossy but safe happened. Warnings are returned, never thrown.
 */
export type Warning =
  | {
      /**
       * SSML was lowered for the target: `from` (as the document had it)
       * became `to` (empty when dropped). Same shape as `@ttskit/ssml`'s
       * `SsmlWarning`.
       */
      type: 'ssml-lowered';
      action: 'converted' | 'clamped' | 'dropped' | 'emulated';
      element: string;
      attribute?: string;
      from: string;
      to: string;
      message: string;
      dialect: string;
      /** Where the (first) element concerned starts in the caller's input. */
      position: { offset: number; line: number; column: number };
      occurrences: number;
    }
  | { type: 'unsupported-feature'; feature: string; details?: string }
  | { type: 'unsupported-setting'; setting: string; details?: string }
  | { type: 'cache-error'; store: string; operation: string; message: string }
  | { type: 'other'; message: string };
