/** Audio containers and codecs ttskit knows by name. */
export type AudioFormat = 'wav' | 'pcm' | 'mp3' | 'ogg_opus';

/** Raw audio: signed 16-bit little-endian mono samples. */
export type PcmAudio = {
  type: 'pcm';
  samples: Int16Array;
  sampleRate: number;
};

/** Audio already encoded by the engine (a WAV file, MP3 frames, ...). */
export type EncodedAudio = {
  type: 'encoded';
  data: Uint8Array;
  format: AudioFormat;
  sampleRate: number;
};

export type EngineV1Audio = PcmAudio | EncodedAudio;
