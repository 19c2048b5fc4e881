import type { Socket } from 'node:net';
import type { SpeechSynthesizer } from 'microsoft-cognitiveservices-speech-sdk';

type Internals = {
  privAdapter?: {
    privConnectionPromise?: Promise<{
      privConnectionMessageAdapter?: {
        privWebsocketClient?: { _socket?: Socket } | null;
      };
    }> | null;
  };
};

/**
 * The TCP socket under a synthesizer's websocket, through SDK internals
 * (pinned version): undefined when the layout differs or no connection is
 * open. Only used to `unref()` idle connections.
 */
export async function findWebsocketSocket(
  synthesizer: SpeechSynthesizer,
): Promise<Socket | undefined> {
  try {
    const connection = await (synthesizer as unknown as Internals).privAdapter
      ?.privConnectionPromise;
    const socket = connection?.privConnectionMessageAdapter?.privWebsocketClient?._socket;
    return typeof socket?.unref === 'function' ? socket : undefined;
  } catch {
    return undefined;
  }
}
