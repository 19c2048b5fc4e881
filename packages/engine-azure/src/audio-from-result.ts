import { PcmStreamReader } from '@ttskit/core';
import type { EngineV1Audio } from '@ttskit/core/spec';
import { noAudioError } from './azure-errors';
import type { AzureOutputFormat } from './output-formats';

/**
 * The audio of a finished synthesis, from the buffer the SDK assembles
 * anyway (`result.audioData`): PCM samples without copying, or the encoded
 * bytes. No audio at all is a `NoAudioGeneratedError`.
 */
export function audioFromResult(options: {
  audioData: ArrayBuffer | undefined;
  outputFormat: AzureOutputFormat;
}): EngineV1Audio {
  const { audioData, outputFormat } = options;
  if (audioData === undefined || audioData.byteLength < 2) throw noAudioError();
  const { kind, sampleRate } = outputFormat;
  if (kind !== 'pcm')
    return { type: 'encoded', format: kind, data: new Uint8Array(audioData), sampleRate };
  return { type: 'pcm', samples: new PcmStreamReader().push(audioData), sampleRate };
}
