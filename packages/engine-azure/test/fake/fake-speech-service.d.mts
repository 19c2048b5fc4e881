import type { IncomingHttpHeaders } from 'node:http';
import type { WebSocket } from 'ws';

export declare const FAKE_KEY: string;

export type ClientFrame = {
  type: 'text' | 'binary';
  path: string | undefined;
  requestId: string | undefined;
  headers: Record<string, string>;
  body: string;
  connection: number;
};

export type FakeTurn = {
  requestId: string;
  connection: number;
  ssml: string;
  contentType: string | undefined;
  context: {
    synthesis?: {
      audio?: { outputFormat?: string; metadataOptions?: Record<string, unknown> };
    };
  };
  /** Time the fake spent producing and sending this turn. */
  handlerMs: number;
  /** `performance.now()` when the ssml frame arrived and when turn.end was sent. */
  receivedAt: number;
  finishedAt: number;
};

export type FakeBehaviour = {
  /** Refuse upgrades (and voice lists) with this HTTP response. */
  upgrade?:
    | { status: number; headers?: Record<string, string>; body?: string }
    | undefined;
  turn: 'speak' | 'silent' | { closeCode: number; reason: string };
  frameDelayMs: number;
  chunkBytes: number;
  /** How the fake finds words: Intl.Segmenter (default) or runs of non-space. */
  wordSplitting?: 'segmenter' | 'whitespace';
};

export type FakeSpeechService = {
  key: string;
  url: string;
  port: number;
  behaviour: FakeBehaviour;
  voices: unknown[];
  upgrades: Array<{ url: string; headers: IncomingHttpHeaders }>;
  voiceRequests: Array<{ method: string; path: string; headers: IncomingHttpHeaders }>;
  connections: Array<{ index: number; socket: WebSocket }>;
  frames: ClientFrame[];
  turns: FakeTurn[];
  errors: unknown[];
  close(): Promise<void>;
};

export declare function startFakeSpeechService(options?: {
  key?: string;
  behaviour?: Partial<FakeBehaviour>;
  voices?: unknown[];
}): Promise<FakeSpeechService>;
