import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { UnsupportedFeatureError } from '../spec/errors/unsupported-feature-error';
import type { AudioFormat, EncodedAudio, EngineV1Audio } from '../spec/v1/audio-format';
import { engineAudioToPcm } from './engine-audio-to-pcm';
import { encodeMp3 } from './mp3-encoder';
import { parseMp3Frames } from './mp3-frame-parser';
import { nearestMp3SampleRate } from './mp3-sample-rates';
import { parseOggOpus } from './ogg-opus-parser';
import { pcmToBytes } from './pcm-bytes';
import { resamplePcm } from './resample-pcm';
import { assertSampleRate } from './sample-rate';
import { encodeWav } from './wav-encoder';

/** Audio in the format a caller asked for. */
export type ConvertedAudio = {
  data: Uint8Array;
  format: AudioFormat;
  /** The rate of `data`; for MP3 the nearest MP3 rate to the one asked for. */
  sampleRate: number;
  durationMs: number;
  /** The mono s16 samples behind `data`, when the conversion went through PCM. */
  samples?: Int16Array;
};

const formats: readonly AudioFormat[] = ['wav', 'pcm', 'mp3', 'ogg_opus'];

/**
 * Converts engine audio to `format` (`wav`, `pcm` s16le or `mp3`), resampling when
 * `sampleRate` differs from the audio's. Engine MP3 or Ogg Opus is passed through untouched
 * when the same format is asked for at its own rate (its duration read from the frames or
 * pages); anything that would need decoding them throws UnsupportedFeatureError, as does
 * encoding to `ogg_opus`.
 *
 * @throws InvalidArgumentError for malformed audio or options.
 * @throws UnsupportedFeatureError for conversions ttskit cannot do.
 */
export async function convertAudio(options: {
  audio: EngineV1Audio;
  format: AudioFormat;
  sampleRate?: number;
}): Promise<ConvertedAudio> {
  const { audio, format, sampleRate } = options;
  if (!formats.includes(format)) {
    throw new InvalidArgumentError({
      message: `format must be one of ${formats.join(', ')}, got ${JSON.stringify(format)}.`,
      argument: 'format',
    });
  }
  if (sampleRate !== undefined) assertSampleRate({ sampleRate, argument: 'sampleRate' });
  if (
    audio?.type === 'encoded' &&
    (audio.format === 'mp3' || audio.format === 'ogg_opus')
  ) {
    return passThroughCompressed({ audio, format, sampleRate });
  }
  const pcm = engineAudioToPcm(audio);
  if (format === 'ogg_opus') {
    throw new UnsupportedFeatureError({
      message: 'Encoding to Ogg Opus is not supported yet; ask for wav, pcm or mp3.',
      feature: 'ogg-opus-encoding',
    });
  }
  const wantedRate = sampleRate ?? pcm.sampleRate;
  const outputRate = format === 'mp3' ? nearestMp3SampleRate(wantedRate) : wantedRate;
  const samples =
    outputRate === pcm.sampleRate
      ? pcm.samples
      : resamplePcm({
          samples: pcm.samples,
          fromRate: pcm.sampleRate,
          toRate: outputRate,
        });
  const data =
    format === 'wav'
      ? encodeWav({ samples, sampleRate: outputRate })
      : format === 'pcm'
        ? pcmToBytes(samples)
        : await encodeMp3({ samples, sampleRate: outputRate });
  return {
    data,
    format,
    sampleRate: outputRate,
    durationMs: (samples.length * 1_000) / outputRate,
    samples,
  };
}

function passThroughCompressed(options: {
  audio: EncodedAudio;
  format: AudioFormat;
  sampleRate: number | undefined;
}): ConvertedAudio {
  const { audio, format, sampleRate } = options;
  const source = audio.format === 'mp3' ? 'MP3' : 'Ogg Opus';
  if (format !== audio.format) {
    throw new UnsupportedFeatureError({
      message: `Converting ${source} to ${format} needs a ${source} decoder, which ttskit does not ship; ask the engine for wav or pcm instead.`,
      feature: audio.format === 'mp3' ? 'mp3-decoding' : 'ogg-opus-decoding',
    });
  }
  if (!(audio.data instanceof Uint8Array)) {
    throw new InvalidArgumentError({
      message: 'audio.data must be a Uint8Array.',
      argument: 'audio.data',
    });
  }
  const info = rewrapInvalid(() =>
    audio.format === 'mp3'
      ? parseMp3Frames(audio.data)
      : { ...parseOggOpus(audio.data), sampleRate: audio.sampleRate },
  );
  if (sampleRate !== undefined && sampleRate !== info.sampleRate) {
    throw new UnsupportedFeatureError({
      message: `Resampling ${source} from ${info.sampleRate} to ${sampleRate} Hz needs a ${source} decoder, which ttskit does not ship.`,
      feature: audio.format === 'mp3' ? 'mp3-decoding' : 'ogg-opus-decoding',
    });
  }
  return {
    data: audio.data,
    format,
    sampleRate: info.sampleRate,
    durationMs: info.durationMs,
  };
}

function rewrapInvalid<Result>(parse: () => Result): Result {
  try {
    return parse();
  } catch (error) {
    if (InvalidArgumentError.isInstance(error)) {
      throw new InvalidArgumentError({
        message: error.message,
        argument: 'audio.data',
        cause: error,
      });
    }
    throw error;
  }
}
