/**
 * Something lossy but safe happened. Warnings are returned, never thrown.
 */
export type Warning =
  | {
      /** SSML was lowered for the target: converted, clamped or dropped. */
      type: 'ssml';
      code: string;
      message: string;
      element?: string;
      attribute?: string;
      line?: number;
      column?: number;
    }
  | { type: 'unsupported-feature'; feature: string; details?: string }
  | { type: 'unsupported-setting'; setting: string; details?: string }
  | { type: 'cache-error'; store: string; operation: string; message: string }
  | { type: 'other'; message: string };
