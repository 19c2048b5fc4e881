import type { SynthesizeSpeechCommandInput } from '@aws-sdk/client-polly';
import type { EngineV1ResponseMetadata } from '@ttskit/core/spec';
import type { PollyCallScope } from './polly-call-scope';
import type { PollyConnection } from './polly-client-holder';

/** An audio response whose body has not been read yet. */
export type PollyAudioResponse = {
  chunks: AsyncGenerator<Uint8Array>;
  response: EngineV1ResponseMetadata;
};

type Body = AsyncIterable<Uint8Array> & { destroy?: (error?: Error) => void };

/** Yields the body chunk by chunk; stops (and throws) as soon as the scope stops. */
async function* readBody(options: {
  body: Body;
  scope: PollyCallScope;
}): AsyncGenerator<Uint8Array> {
  const { body, scope } = options;
  const destroy = () => body.destroy?.();
  scope.signal.addEventListener('abort', destroy, { once: true });
  try {
    scope.throwIfStopped();
    for await (const chunk of body) {
      scope.throwIfStopped();
      yield chunk;
    }
    // a body closed by an abort can end cleanly, with audio missing
    scope.throwIfStopped();
  } finally {
    scope.signal.removeEventListener('abort', destroy);
    destroy();
  }
}

/** Sends one `SynthesizeSpeech` request for audio and returns its streaming body. */
export async function sendAudioRequest(options: {
  connection: PollyConnection;
  scope: PollyCallScope;
  input: SynthesizeSpeechCommandInput;
  timestamp: Date;
}): Promise<PollyAudioResponse> {
  const { connection, scope } = options;
  const output = await connection.client.send(
    new connection.sdk.SynthesizeSpeechCommand(options.input),
    { abortSignal: scope.signal },
  );
  const body = output.AudioStream as Body | undefined;
  const empty = (async function* () {})();
  return {
    chunks: body ? readBody({ body, scope }) : empty,
    response: {
      timestamp: options.timestamp,
      ...(output.$metadata.requestId === undefined
        ? {}
        : { requestId: output.$metadata.requestId }),
      ...(output.RequestCharacters === undefined
        ? {}
        : { billedCharacters: output.RequestCharacters }),
      ...(output.ContentType === undefined
        ? {}
        : { headers: { 'content-type': output.ContentType } }),
    },
  };
}

/** Sends the request and reads the whole body. */
export async function fetchAudio(
  options: Parameters<typeof sendAudioRequest>[0],
): Promise<{
  chunks: Uint8Array[];
  response: EngineV1ResponseMetadata;
}> {
  const { chunks, response } = await sendAudioRequest(options);
  const collected: Uint8Array[] = [];
  for await (const chunk of chunks) collected.push(chunk);
  return { chunks: collected, response };
}
