import type { Socket } from 'node:net';
import type {
  SpeechSynthesisBookmarkEventArgs,
  SpeechSynthesisResult,
  SpeechSynthesisWordBoundaryEventArgs,
  SpeechSynthesizer,
} from 'microsoft-cognitiveservices-speech-sdk';
import { sdkError } from './azure-errors';
import { cancellationError } from './cancellation-error';
import type { SpeechSdk } from './speech-sdk';
import { findWebsocketSocket } from './websocket-socket';

/** Receives the events of the synthesis a synthesizer is running. */
export type SynthesisListener = {
  onAudio(chunk: ArrayBuffer): void;
  onWordBoundary(event: SpeechSynthesisWordBoundaryEventArgs): void;
  onBookmark(event: SpeechSynthesisBookmarkEventArgs): void;
};

/**
 * One `SpeechSynthesizer` (one websocket), used by one call at a time. Its
 * event handlers are attached once (so the SDK always asks for word
 * boundaries and bookmarks) and forward to the current call's listener.
 */
export class PooledSynthesizer {
  listener: SynthesisListener | undefined;
  private closed = false;
  private socket: Socket | undefined;
  private held = true;

  constructor(
    private readonly sdk: SpeechSdk,
    private readonly synthesizer: SpeechSynthesizer,
  ) {
    synthesizer.synthesizing = (_sender, event) => {
      this.listener?.onAudio(event.result.audioData);
    };
    synthesizer.wordBoundary = (_sender, event) => this.listener?.onWordBoundary(event);
    synthesizer.bookmarkReached = (_sender, event) => this.listener?.onBookmark(event);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Resolves when the turn ends; a canceled synthesis rejects with an `EngineCallError`. */
  speak(ssml: string): Promise<SpeechSynthesisResult> {
    const { sdk } = this;
    return new Promise((resolve, reject) => {
      this.synthesizer.speakSsmlAsync(
        ssml,
        (result) => {
          if (result.reason === sdk.ResultReason.SynthesizingAudioCompleted) {
            resolve(result);
            return;
          }
          const details = sdk.CancellationDetails.fromResult(result);
          reject(
            cancellationError({
              errorDetails: details.errorDetails ?? result.errorDetails,
              errorCode: sdk.CancellationErrorCode[details.ErrorCode] ?? 'Unknown',
            }),
          );
        },
        (error) => reject(sdkError(error)),
      );
    });
  }

  /** Lets an idle connection not keep the process alive (`false`), or again do so. */
  async holdProcess(hold: boolean): Promise<void> {
    this.held = hold;
    if (!hold) this.socket = (await findWebsocketSocket(this.synthesizer)) ?? this.socket;
    // the latest wish wins, whatever resolved in between
    if (this.held) this.socket?.ref();
    else this.socket?.unref();
  }

  /** Closes the websocket; a synthesis still running never settles (callers race it). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.listener = undefined;
    try {
      this.synthesizer.close(undefined, () => undefined);
    } catch {
      // already disposed
    }
  }
}
