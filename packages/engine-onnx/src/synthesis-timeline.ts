import type { EngineV1WordTiming } from '@ttskit/core/spec';
import type { RunOutput } from './inference-protocol';
import type { SynthesisPlan } from './synthesis-plan';

type Span = { start: number; end: number };

/**
 * Joins run outputs into one timeline: sentences separated by silence, and
 * word timings from the model's durations when it outputs one per id, or
 * else from the number of ids (each id an equal share of its run's audio).
 * Runs must be pushed in order.
 */
export class SynthesisTimeline {
  private samplesSoFar = 0;
  private readonly spans = new Map<number, Span>();
  private lastEndMs = 0;

  constructor(
    private readonly plan: SynthesisPlan,
    private readonly options: { sampleRate: number; sentenceSilenceMs: number },
  ) {}

  get totalSamples(): number {
    return this.samplesSoFar;
  }

  /** Audio blocks to append (silence first when a new sentence starts) and words now complete. */
  push(
    index: number,
    output: RunOutput,
  ): { blocks: Int16Array[]; words: EngineV1WordTiming[] } {
    const run = this.plan.runs[index];
    if (!run) throw new Error(`no run ${index}`);
    const blocks: Int16Array[] = [];
    const previous = this.plan.runs[index - 1];
    if (previous && previous.sentence !== run.sentence) {
      const silence = Math.round(
        (this.options.sentenceSilenceMs * this.options.sampleRate) / 1000,
      );
      if (silence > 0) blocks.push(new Int16Array(silence));
      this.samplesSoFar += silence;
    }
    this.measureWords({ output, wordOfId: run.wordOfId, offset: this.samplesSoFar });
    blocks.push(output.samples);
    this.samplesSoFar += output.samples.length;
    const next = this.plan.runs[index + 1];
    const words =
      next?.sentence === run.sentence ? [] : this.finishSentence(run.sentence);
    return { blocks, words };
  }

  private measureWords(options: {
    output: RunOutput;
    wordOfId: readonly number[];
    offset: number;
  }): void {
    const { output, wordOfId, offset } = options;
    const durations = output.durations;
    const useDurations =
      durations !== undefined &&
      durations.length === wordOfId.length &&
      durations.some((d) => d > 0);
    const weight = (index: number) =>
      useDurations ? Math.max(0, durations?.[index] ?? 0) : 1;
    let total = 0;
    for (let index = 0; index < wordOfId.length; index++) total += weight(index);
    const samplesPerUnit = output.samples.length / Math.max(total, Number.EPSILON);
    let position = 0;
    wordOfId.forEach((word, index) => {
      const start = offset + position * samplesPerUnit;
      position += weight(index);
      const end = offset + position * samplesPerUnit;
      if (word < 0) return;
      const span = this.spans.get(word);
      if (span) span.end = Math.max(span.end, end);
      else this.spans.set(word, { start, end });
    });
  }

  private finishSentence(sentence: number): EngineV1WordTiming[] {
    const toMs = (samples: number) => (samples * 1000) / this.options.sampleRate;
    const words = this.plan.sentenceWords[sentence] ?? [];
    const timings = words.map((word, index) => {
      // A word that got no phonemes (rare) is placed, empty, where the last one ended.
      const span = this.spans.get(index);
      const startMs = span ? toMs(span.start) : this.lastEndMs;
      const endMs = span ? toMs(span.end) : startMs;
      this.lastEndMs = Math.max(this.lastEndMs, endMs);
      return {
        text: word.text,
        startMs,
        endMs,
        inputStart: word.start,
        inputEnd: word.end,
      };
    });
    this.spans.clear();
    return timings;
  }
}
