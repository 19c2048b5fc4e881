// The parts of @echogarden/espeak-ng-emscripten (which ships no types) that
// the synthesis worker uses.
declare module '@echogarden/espeak-ng-emscripten' {
  export type EspeakGlueEvent = {
    type: string;
    text_position: number;
    word_length: number;
    audio_position: number;
    id?: string | number;
  };

  export type EspeakListedVoice = {
    name: string;
    identifier: string;
    languages: Array<{ priority: number; name: string }>;
  };

  export class ESpeakNGWorker {
    /** 0 on success; unknown names return non-zero and keep the old voice. */
    set_voice(name: string): number;
    set_rate(wordsPerMinute: number): void;
    set_pitch(pitch: number): void;
    set_volume(volume: number): void;
    get_samplerate(): number;
    list_voices(): EspeakListedVoice[];
    /**
     * `text` is a string or `{ ptr }`, a NUL-terminated UTF-8 string already
     * in the heap. The callback gets each block of samples (a copy); returning
     * true stops synthesis.
     */
    /**
     * espeak_TextToPhonemes over every clause: phonemes joined by `_`, words
     * by spaces, clauses by ` | `. Returns a pointer to a NUL-terminated
     * UTF-8 string that the caller frees with `_free`.
     */
    convert_to_phonemes(text: string | { ptr: number }, useIpa: boolean): { ptr: number };
    synthesize(
      text: string | { ptr: number },
      callback: (samples: Int16Array, events: EspeakGlueEvent[]) => boolean,
    ): void;
  }

  export type EspeakModule = {
    eSpeakNGWorker: new () => ESpeakNGWorker;
    /** The whole heap (wasm2js memory); replaced when memory grows. */
    HEAPU8: Uint8Array;
    _malloc(size: number): number;
    _free(pointer: number): void;
  };

  // biome-ignore lint/style/noDefaultExport: the package's own export is a default one.
  export default function initialize(
    options?: Record<string, unknown>,
  ): Promise<EspeakModule>;
}
