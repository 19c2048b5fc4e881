import type { CacheError } from '../spec/errors/cache-error';

type RequestEvent = { requestId: string; timestamp: number };

/** Everything the synthesizer reports, for logs and metrics. */
export type SynthesisEvent =
  | (RequestEvent & { type: 'request-start'; key: string; engine: string; voice: string })
  | (RequestEvent & {
      type: 'request-end';
      key: string;
      durationMs: number;
      cached: boolean;
      shared: boolean;
      engine: string;
      voice: string;
      audioDurationMs: number;
    })
  | (RequestEvent & {
      type: 'request-error';
      key?: string;
      durationMs: number;
      error: unknown;
    })
  | (RequestEvent & { type: 'cache-hit'; key: string; store: string; durationMs: number })
  | (RequestEvent & { type: 'cache-miss'; key: string; durationMs: number })
  | (RequestEvent & {
      type: 'chunk-cache-hit';
      /** The chunk's own key. */
      key: string;
      store: string;
      durationMs: number;
    })
  | (RequestEvent & { type: 'chunk-cache-miss'; key: string; durationMs: number })
  | (RequestEvent & { type: 'single-flight-join'; key: string })
  | (RequestEvent & {
      type: 'engine-call-start';
      engine: string;
      voice: string;
      attempt: number;
      queueWaitMs: number;
    })
  | (RequestEvent & {
      type: 'engine-call-end';
      engine: string;
      voice: string;
      attempt: number;
      durationMs: number;
      error?: unknown;
    })
  | (RequestEvent & {
      type: 'retry';
      engine: string;
      voice: string;
      attempt: number;
      delayMs: number;
      error: unknown;
    })
  | (RequestEvent & {
      type: 'fallback';
      from: { engine: string; voice: string };
      to: { engine: string; voice: string };
      error: unknown;
    })
  | {
      type: 'cache-error';
      timestamp: number;
      store: string;
      operation: string;
      error: CacheError;
    }
  | {
      /** A cache tier's circuit breaker opened (the tier is skipped) or closed again. */
      type: 'cache-circuit';
      timestamp: number;
      store: string;
      state: 'open' | 'closed';
    };

export type SynthesisEventType = SynthesisEvent['type'];
export type SynthesisEventOf<T extends SynthesisEventType> = Extract<
  SynthesisEvent,
  { type: T }
>;
export type SynthesisEventListener<T extends SynthesisEventType = SynthesisEventType> = (
  event: SynthesisEventOf<T>,
) => void;

/** A minimal typed emitter. A throwing listener never breaks synthesis. */
export class SynthesisEventEmitter {
  private readonly listeners = new Map<string, Set<(event: SynthesisEvent) => void>>();

  on<T extends SynthesisEventType | '*'>(
    type: T,
    listener: T extends SynthesisEventType
      ? SynthesisEventListener<T>
      : (event: SynthesisEvent) => void,
  ): () => void {
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
    }
    const stored = listener as (event: SynthesisEvent) => void;
    set.add(stored);
    return () => set.delete(stored);
  }

  emit(event: SynthesisEvent): void {
    for (const type of [event.type, '*']) {
      const set = this.listeners.get(type);
      if (!set) continue;
      for (const listener of set) {
        try {
          listener(event);
        } catch {
          // Observability must never fail a request.
        }
      }
    }
  }

  hasListeners(): boolean {
    return this.listeners.size > 0;
  }
}
