import { PcmStreamReader } from '@ttskit/core';
import type { EngineV1Audio } from '@ttskit/core/spec';
import type { PollyOutputChoice } from './polly-output-format';

/**
 * A whole Polly audio body as engine audio: PCM as samples (its duration
 * known), MP3 and Ogg Opus as the encoded bytes Polly sent.
 */
export function toEngineAudio(options: {
  chunks: readonly Uint8Array[];
  output: PollyOutputChoice;
}): { audio: EngineV1Audio; durationMs: number | undefined; empty: boolean } {
  const { chunks, output } = options;
  const { outputFormat, sampleRate } = output;
  const data = joinChunks(chunks);
  if (outputFormat === 'pcm') {
    // one aligned buffer: read in place (a trailing odd byte is dropped)
    const samples = new PcmStreamReader().push(data);
    return {
      audio: { type: 'pcm', samples, sampleRate },
      durationMs: (samples.length * 1000) / sampleRate,
      empty: samples.length === 0,
    };
  }
  return {
    audio: { type: 'encoded', format: outputFormat, data, sampleRate },
    durationMs: undefined,
    empty: data.byteLength === 0,
  };
}

function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const data = new Uint8Array(
    chunks.reduce((total, chunk) => total + chunk.byteLength, 0),
  );
  let offset = 0;
  for (const chunk of chunks) {
    data.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return data;
}
