import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { UnsupportedFeatureError } from '../spec/errors/unsupported-feature-error';
import type { EngineV1Audio } from '../spec/v1/audio-format';
import { bytesToPcm } from './pcm-bytes';
import { assertSampleRate } from './sample-rate';
import { decodeWav } from './wav-decoder';

/** Mono s16 samples and their rate. */
export type PcmWithRate = { samples: Int16Array; sampleRate: number };

/**
 * Turns engine audio that is PCM underneath (`pcm` samples, encoded `pcm` bytes or encoded
 * `wav`) into mono s16 samples. A WAV file's own header wins over `audio.sampleRate`.
 *
 * @throws InvalidArgumentError naming `audio...` when the audio is malformed.
 */
export function engineAudioToPcm(audio: EngineV1Audio): PcmWithRate {
  if (audio.type === 'pcm') {
    if (!(audio.samples instanceof Int16Array)) {
      throw new InvalidArgumentError({
        message: 'audio.samples must be an Int16Array of s16 PCM.',
        argument: 'audio.samples',
      });
    }
    assertSampleRate({ sampleRate: audio.sampleRate, argument: 'audio.sampleRate' });
    return { samples: audio.samples, sampleRate: audio.sampleRate };
  }
  if (audio.type !== 'encoded' || !(audio.data instanceof Uint8Array)) {
    throw new InvalidArgumentError({
      message:
        "audio must be { type: 'pcm', samples, sampleRate } or { type: 'encoded', data: Uint8Array, format, sampleRate }.",
      argument: 'audio',
    });
  }
  if (audio.format !== 'wav' && audio.format !== 'pcm') {
    throw new UnsupportedFeatureError({
      feature: `${audio.format}-decoding`,
      message: `[ttskit] ${audio.format} audio cannot be decoded to PCM here; ask the engine for pcm or wav`,
    });
  }
  try {
    if (audio.format === 'wav') {
      const decoded = decodeWav(audio.data);
      return { samples: decoded.samples, sampleRate: decoded.sampleRate };
    }
    assertSampleRate({ sampleRate: audio.sampleRate, argument: 'audio.sampleRate' });
    return { samples: bytesToPcm(audio.data), sampleRate: audio.sampleRate };
  } catch (error) {
    if (InvalidArgumentError.isInstance(error) && error.argument === 'bytes') {
      throw new InvalidArgumentError({
        message: error.message,
        argument: 'audio.data',
        cause: error,
      });
    }
    throw error;
  }
}
