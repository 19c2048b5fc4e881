import type { SynthesizeSpeechCommandInput } from '@aws-sdk/client-polly';
import type { Warning } from '@ttskit/core/spec';
import type { PollyCallScope } from './polly-call-scope';
import type { PollyConnection } from './polly-client-holder';
import { MESSAGE_PREFIX } from './polly-errors';
import { parseSpeechMarks, type SpeechMark } from './speech-marks';

/** Requests speech marks (a second `SynthesizeSpeech` call) and parses them. */
export async function fetchSpeechMarks(options: {
  connection: PollyConnection;
  scope: PollyCallScope;
  input: SynthesizeSpeechCommandInput;
}): Promise<{ marks: SpeechMark[]; warnings: Warning[] }> {
  const { connection, scope } = options;
  const output = await connection.client.send(
    new connection.sdk.SynthesizeSpeechCommand(options.input),
    { abortSignal: scope.signal },
  );
  const text = (await output.AudioStream?.transformToString('utf-8')) ?? '';
  // a body closed by an abort can end cleanly, with marks missing
  scope.throwIfStopped();
  const { marks, invalidLines } = parseSpeechMarks(text);
  const warnings: Warning[] =
    invalidLines === 0
      ? []
      : [
          {
            type: 'other',
            message: `${MESSAGE_PREFIX} ${invalidLines} speech-mark line(s) from Polly could not be read and were skipped`,
          },
        ];
  return { marks, warnings };
}
