import { InvalidArgumentError } from '@ttskit/core/spec';
import type { VoiceEntry } from './voice-catalog';

/** The voice asked for is not in `voicesDir`: say which ones are, and how to get more. */
export function unknownVoice(options: {
  voice: string;
  voicesDir: string;
  known: readonly VoiceEntry[];
}): InvalidArgumentError {
  const { voice, voicesDir, known } = options;
  const list =
    known.length === 0
      ? 'it has no voices yet'
      : `voices there: ${known
          .slice(0, 8)
          .map((entry) => entry.id)
          .join(', ')}${known.length > 8 ? `, … (${known.length} in all)` : ''}`;
  const what =
    voice === '' ? 'no voice was given and none was found' : `unknown voice "${voice}"`;
  return new InvalidArgumentError({
    argument: 'voice',
    message: `[ttskit] [engine-onnx] ${what} in ${voicesDir} (${list}). Add one with downloadVoice() or \`ttskit voices add\`.`,
  });
}
