import type { SynthesisResult } from '@ttskit/core';
import { contentTypeOf } from '../storage/audio-content-type';

/** Headers describing a finished synthesis: key, cache, engine, timing. */
export function resultHeaders(options: {
  result: SynthesisResult;
  elapsedMs: number;
}): Record<string, string> {
  const { result } = options;
  return {
    'content-type': contentTypeOf(result.format),
    'content-location': `/v1/audio/${result.key}`,
    'x-ttskit-key': result.key,
    'x-ttskit-cache': result.cached ? 'hit' : 'miss',
    'x-ttskit-engine': result.engine,
    'x-ttskit-voice': result.voice,
    'x-ttskit-sample-rate': String(result.sampleRate),
    'x-ttskit-audio-duration-ms': String(Math.round(result.durationMs)),
    'server-timing': `synthesis;dur=${options.elapsedMs.toFixed(1)}`,
  };
}

/** Headers of a streamed response, sent before the audio is known. */
export function streamHeaders(options: {
  contentType: string;
  engine: string;
}): Record<string, string> {
  return {
    'content-type': options.contentType,
    'cache-control': 'no-store',
    'x-ttskit-engine': options.engine,
    // nginx and other proxies: pass each chunk on at once
    'x-accel-buffering': 'no',
  };
}

/** The JSON summary of a result (the `end` event, the JSON answer). */
export function resultSummary(options: { result: SynthesisResult; elapsedMs: number }) {
  const { result } = options;
  return {
    key: result.key,
    audioUrl: `/v1/audio/${result.key}`,
    format: result.format,
    sampleRate: result.sampleRate,
    durationMs: result.durationMs,
    cached: result.cached,
    engine: result.engine,
    voice: result.voice,
    warnings: result.warnings,
    elapsedMs: Math.round(options.elapsedMs * 10) / 10,
  };
}
