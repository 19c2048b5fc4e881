import type { ESpeakNGWorker, EspeakModule } from '@echogarden/espeak-ng-emscripten';
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
    if (parameters.voice !== DEFAULT_ESPEAK_VOICE) {
      if (this.encoder.encode(parameters.voice).length > 100)
        throw new Error('voice name too long');
      const code = this.espeak.set_voice(parameters.voice);
      if (code !== 0)
        throw new VoiceError(`espeak set_voice("${parameters.voice}") returned ${code}`);
    }
    this.espeak.set_rate(parameters.rate);
    this.espeak.set_pitch(parameters.pitch);
    this.espeak.set_volume(parameters.volume);

    const bytes = this.encoder.encode(options.text);
    const pointer = this.module._malloc(bytes.length + 1);
    if (pointer === 0)
      throw new Error(`espeak cannot allocate ${bytes.length + 1} bytes`);
    this.module.HEAPU8.set(bytes, pointer);
    this.module.HEAPU8[pointer + bytes.length] = 0;

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
