import type { SpokenTextPlan } from '@ttskit/ssml';
import { engineAudioToPcm } from '../audio/engine-audio-to-pcm';
import { resamplePcm } from '../audio/resample-pcm';
import type { EngineV1 } from '../spec/v1/engine-v1';
import type { EngineV1CallOptions } from '../spec/v1/engine-v1-call-options';
import type {
  EngineV1MarkTiming,
  EngineV1Result,
  EngineV1WordTiming,
} from '../spec/v1/engine-v1-result';
import type { Warning } from '../spec/v1/warning';
import { mergeWarnings } from './merge-warnings';

/** True when the plan has something plain text alone would lose. */
export function planNeedsEmulation(
  plan: SpokenTextPlan | undefined,
): plan is SpokenTextPlan {
  if (plan === undefined) return false;
  if (plan.pauseBeforeMs > 0 || plan.marksBefore.length > 0) return true;
  return plan.segments.some(
    (segment) =>
      segment.rate !== 1 || segment.marksAfter.length > 0 || segment.pauseAfterMs > 0,
  );
}

/** Engines whose audio core can cut and join: PCM underneath. */
export function canStitch(engine: EngineV1): boolean {
  return engine.capabilities.formats.some(
    (entry) => entry.format === 'pcm' || entry.format === 'wav',
  );
}

function speedFor(options: {
  engine: EngineV1;
  rate: number;
  warnings: Warning[];
}): number | undefined {
  const { engine, rate, warnings } = options;
  if (rate === 1) return undefined;
  const range = engine.capabilities.speed;
  if (range === undefined) {
    warnings.push({
      type: 'unsupported-feature',
      feature: 'prosody.rate',
      details: `engine "${engine.engine}" has no speed setting; rate ${rate} was not applied`,
    });
    return undefined;
  }
  const speed = Math.min(Math.max(rate, range.min), range.max);
  if (speed !== rate) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'speed',
      details: `rate ${rate} is outside engine "${engine.engine}"'s ${range.min}–${range.max}; clamped to ${speed}`,
    });
  }
  return speed;
}

/**
 * Speaks a text-dialect plan piece by piece: each segment is one engine call
 * (at its rate, through `call`, which queues and retries), joined in order
 * with the planned pauses as silence. Word offsets index the plan's text;
 * marks are timed where their segment ends.
 */
export async function synthesizeSpokenPlan(options: {
  plan: SpokenTextPlan;
  engine: EngineV1;
  callOptions: EngineV1CallOptions;
  call: (callOptions: EngineV1CallOptions) => Promise<EngineV1Result>;
}): Promise<EngineV1Result> {
  const { plan, engine, callOptions, call } = options;
  const warnings: Warning[] = [];
  const pieces = plan.segments.map((segment) => {
    const raw = plan.text.slice(segment.start, segment.end);
    const leading = raw.length - raw.trimStart().length;
    return { segment, text: raw.trim(), offset: segment.start + leading };
  });
  const results = await Promise.all(
    pieces.map((piece) => {
      if (!/[\p{L}\p{N}]/u.test(piece.text)) return undefined;
      const speed = speedFor({ engine, rate: piece.segment.rate, warnings });
      return call({
        ...callOptions,
        input: piece.text,
        ...(speed === undefined ? {} : { speed }),
      });
    }),
  );
  const decoded = results.map((result) =>
    result === undefined ? undefined : engineAudioToPcm(result.audio),
  );
  const sampleRate = decoded.find((pcm) => pcm !== undefined)?.sampleRate ?? 16_000;
  const chunks: Int16Array[] = [];
  const words: EngineV1WordTiming[] = [];
  const marks: EngineV1MarkTiming[] = [];
  let samplesSoFar = 0;
  const nowMs = () => (samplesSoFar * 1000) / sampleRate;
  const silence = (milliseconds: number) => {
    const length = Math.round((milliseconds * sampleRate) / 1000);
    if (length > 0) chunks.push(new Int16Array(length));
    samplesSoFar += length;
  };
  silence(plan.pauseBeforeMs);
  for (const name of plan.marksBefore) marks.push({ name, timeMs: nowMs() });
  pieces.forEach((piece, index) => {
    const result = results[index];
    const pcm = decoded[index];
    if (result !== undefined && pcm !== undefined) {
      const startMs = nowMs();
      const samples =
        pcm.sampleRate === sampleRate
          ? pcm.samples
          : resamplePcm({
              samples: pcm.samples,
              fromRate: pcm.sampleRate,
              toRate: sampleRate,
            });
      chunks.push(samples);
      samplesSoFar += samples.length;
      for (const word of result.words) {
        words.push({
          ...word,
          startMs: word.startMs + startMs,
          endMs: word.endMs + startMs,
          inputStart: word.inputStart + piece.offset,
          inputEnd: word.inputEnd + piece.offset,
        });
      }
      for (const mark of result.marks)
        marks.push({ ...mark, timeMs: mark.timeMs + startMs });
      warnings.push(...result.warnings);
    }
    silence(piece.segment.pauseAfterMs);
    for (const name of piece.segment.marksAfter) marks.push({ name, timeMs: nowMs() });
  });
  const samples = new Int16Array(samplesSoFar);
  let offset = 0;
  for (const chunk of chunks) {
    samples.set(chunk, offset);
    offset += chunk.length;
  }
  const last = results.findLast((result) => result !== undefined);
  return {
    audio: { type: 'pcm', samples, sampleRate },
    words,
    marks,
    warnings: mergeWarnings(warnings),
    response: last?.response ?? { timestamp: new Date() },
  };
}
