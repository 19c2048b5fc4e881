import type { ESpeakNGWorker, EspeakModule } from '@echogarden/espeak-ng-emscripten';
import { parseEspeakIpa } from './espeak-ipa';
import { type EspeakEvent, WordTimeline } from './word-timeline';
import type { SynthesisParameters, TimelineItem } from './worker-protocol';

export const SAMPLE_RATE = 22050;
export const DEFAULT_ESPEAK_VOICE = 'gmw/en-US';
const WARM_UP_TEXT =
  'Hello there! The quick brown fox jumps over 42 lazy dogs, at 7:30 pm.';

export type SynthesisOutcome = { totalSamples: number; aborted: boolean };

/**
 * One espeak-ng instance that gives the same audio for the same request,
 * whatever ran before.
 *
 * espeak keeps synthesizer state between utterances in C globals (waveform
 * phase, flutter index, echo buffer...): the same text spoken twice differs
 * by a few samples, even with a new `eSpeakNGWorker`. So the whole heap
 * (17 MB) is snapshotted once after start-up and restored before every
 * request (about 1 ms). Text goes into the heap through our own
 * `malloc`, never through the binding's string cache, whose JavaScript-side
 * pointers would not survive a restore; voice names are short enough to fit
 * the cache buffer allocated before the snapshot.
 */
export class EspeakInstance {
  private readonly snapshot: Uint8Array;
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  /** The voice loaded now: the default one right after a heap restore. */
  private loadedVoice = DEFAULT_ESPEAK_VOICE;

  private constructor(
    private readonly module: EspeakModule,
    private readonly espeak: ESpeakNGWorker,
  ) {
    this.snapshot = module.HEAPU8.slice();
  }

  static async create(): Promise<EspeakInstance> {
    const { default: initializeModule } = await import(
      '@echogarden/espeak-ng-emscripten'
    );
    const module = await initializeModule();
    const espeak = new module.eSpeakNGWorker();
    const sampleRate = espeak.get_samplerate();
    if (sampleRate !== SAMPLE_RATE) {
      throw new Error(`espeak reports ${sampleRate} Hz, expected ${SAMPLE_RATE}`);
    }
    if (espeak.set_voice(DEFAULT_ESPEAK_VOICE) !== 0) {
      throw new Error(`espeak cannot load its default voice ${DEFAULT_ESPEAK_VOICE}`);
    }
    return new EspeakInstance(module, espeak);
  }

  /**
   * Synthesizes `text` (espeak SSML). `onBlock` gets each block of samples
   * with the timeline items it completed and returns true to stop.
   */
  synthesize(options: {
    text: string;
    parameters: SynthesisParameters;
    onBlock: (samples: Int16Array, items: TimelineItem[]) => boolean;
  }): SynthesisOutcome {
    const { parameters } = options;
    this.module.HEAPU8.set(this.snapshot);
    this.loadedVoice = DEFAULT_ESPEAK_VOICE;
    this.loadVoice(parameters.voice);
    this.espeak.set_rate(parameters.rate);
    this.espeak.set_pitch(parameters.pitch);
    this.espeak.set_volume(parameters.volume);

    const pointer = this.copyToHeap(options.text);

    const timeline = new WordTimeline();
    let totalSamples = 0;
    let aborted = false;
    try {
      this.espeak.synthesize({ ptr: pointer }, (samples, events) => {
        const items: TimelineItem[] = [];
        for (const event of events) items.push(...timeline.push(event as EspeakEvent));
        totalSamples += samples.length;
        aborted = options.onBlock(samples, items);
        return aborted;
      });
    } finally {
      this.module._free(pointer);
    }
    const rest = timeline.finish((totalSamples * 1000) / SAMPLE_RATE);
    if (rest.length > 0) options.onBlock(new Int16Array(0), rest);
    return { totalSamples, aborted };
  }

  /**
   * espeak-ng's IPA for each text, clause by clause (see `parseEspeakIpa`).
   * Phonemizing leaves no state that synthesis depends on (synthesis
   * restores the heap anyway), so the heap is not restored here.
   */
  phonemize(options: { texts: readonly string[]; voice: string }): string[][] {
    this.loadVoice(options.voice);
    return options.texts.map((text) => {
      if (text.trim() === '') return [];
      const pointer = this.copyToHeap(text);
      let result: { ptr: number };
      try {
        result = this.espeak.convert_to_phonemes({ ptr: pointer }, true);
      } finally {
        this.module._free(pointer);
      }
      const heap = this.module.HEAPU8;
      let end = result.ptr;
      while (heap[end] !== 0) end++;
      const raw = this.decoder.decode(heap.subarray(result.ptr, end));
      this.module._free(result.ptr);
      return parseEspeakIpa(raw);
    });
  }

  /** Loads `voice` unless it is loaded; a failed load leaves espeak unusable for text. */
  private loadVoice(voice: string): void {
    if (voice === this.loadedVoice) return;
    if (this.encoder.encode(voice).length > 100) throw new Error('voice name too long');
    const code = this.espeak.set_voice(voice);
    if (code !== 0) {
      // espeak keeps the previous voice, if any: reload the default one.
      this.module.HEAPU8.set(this.snapshot);
      this.loadedVoice = DEFAULT_ESPEAK_VOICE;
      throw new VoiceError(`espeak set_voice("${voice}") returned ${code}`);
    }
    this.loadedVoice = voice;
  }

  /** `text` as a NUL-terminated UTF-8 string in our own heap allocation. */
  private copyToHeap(text: string): number {
    const bytes = this.encoder.encode(text);
    const pointer = this.module._malloc(bytes.length + 1);
    if (pointer === 0)
      throw new Error(`espeak cannot allocate ${bytes.length + 1} bytes`);
    this.module.HEAPU8.set(bytes, pointer);
    this.module.HEAPU8[pointer + bytes.length] = 0;
    return pointer;
  }

  /** One warm-up utterance; `shouldStop` is polled after every audio block. */
  warmUp(shouldStop: () => boolean): void {
    this.synthesize({
      text: WARM_UP_TEXT,
      parameters: { voice: DEFAULT_ESPEAK_VOICE, rate: 175, pitch: 50, volume: 100 },
      onBlock: () => shouldStop(),
    });
  }
}

/** The requested voice does not load (not a crash: the instance stays usable). */
export class VoiceError extends Error {}
