import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import {
  concatenateBytes,
  createLameEncoder,
  encodeSamples,
  type LameEncoder,
} from './lame-encoder';
import {
  assertMp3Bitrate,
  defaultMp3Bitrate,
  MP3_SAMPLE_RATES,
  nearestMp3SampleRate,
} from './mp3-sample-rates';
import { resamplePcm } from './resample-pcm';
import { assertSampleRate } from './sample-rate';

let encoderPromise: Promise<LameEncoder> | undefined;

/**
 * The shared LAME instance of `encodeMp3`, loaded on first use. One encode
 * runs synchronously from `configure` to `finalize`, so calls never
 * interleave.
 */
function loadEncoder(): Promise<LameEncoder> {
  encoderPromise ??= createLameEncoder().catch((error: unknown) => {
    encoderPromise = undefined;
    throw error;
  });
  return encoderPromise;
}

/**
 * Encodes s16 mono PCM as constant-bitrate MP3 (LAME 3.100, no ID3 or Xing tag). MP3 only
 * allows {@link MP3_SAMPLE_RATES}; any other `sampleRate` is resampled to the nearest of them
 * first (see {@link nearestMp3SampleRate}). The stream starts with LAME's usual 1,105-sample
 * delay and is padded to a whole frame.
 *
 * @param options.bitrateKbps constant bitrate; defaults to 64 up to 24 kHz and 128 above.
 * @throws InvalidArgumentError for a bad sample rate or a bitrate the MP3 rate cannot carry.
 */
export async function encodeMp3(options: {
  samples: Int16Array;
  sampleRate: number;
  bitrateKbps?: number;
}): Promise<Uint8Array> {
  const { samples, sampleRate } = options;
  if (!(samples instanceof Int16Array)) {
    throw new InvalidArgumentError({
      message: 'samples must be an Int16Array of s16 PCM.',
      argument: 'samples',
    });
  }
  assertSampleRate({ sampleRate, argument: 'sampleRate' });
  const outputRate = nearestMp3SampleRate(sampleRate);
  const bitrateKbps = options.bitrateKbps ?? defaultMp3Bitrate(outputRate);
  assertMp3Bitrate({ bitrateKbps, sampleRate: outputRate });
  const input = (MP3_SAMPLE_RATES as readonly number[]).includes(sampleRate)
    ? samples
    : resamplePcm({ samples, fromRate: sampleRate, toRate: outputRate });

  const encoder = await loadEncoder();
  encoder.configure({
    channels: 1,
    sampleRate: outputRate,
    bitrate: bitrateKbps,
    outputSampleRate: outputRate,
  });
  const chunks = encodeSamples(encoder, input);
  chunks.push(encoder.finalize().slice());
  return concatenateBytes(chunks);
}
