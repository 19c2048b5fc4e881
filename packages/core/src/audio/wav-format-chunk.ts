import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { UnsupportedFeatureError } from '../spec/errors/unsupported-feature-error';
import { MAXIMUM_SAMPLE_RATE } from './sample-rate';

/** How the samples of a WAV `data` chunk are stored. */
export type WavSampleEncoding = 'integer' | 'float' | 'mu-law' | 'a-law';

/** What the `fmt ` chunk says, normalized (WAVE_FORMAT_EXTENSIBLE resolved to its sub-format). */
export type WavFormat = {
  encoding: WavSampleEncoding;
  channels: number;
  sampleRate: number;
  /** Bytes each sample occupies in the file (the container size, 1–8). */
  bytesPerSample: number;
  /** Bytes between the starts of two consecutive frames (all channels of one instant). */
  blockAlign: number;
};

const formatNames: Record<number, string> = {
  2: 'Microsoft ADPCM',
  17: 'IMA ADPCM',
  49: 'GSM 6.10',
  80: 'MPEG',
  85: 'MP3',
};

const allowedBytesPerSample: Record<WavSampleEncoding, number[]> = {
  integer: [1, 2, 3, 4],
  float: [4, 8],
  'mu-law': [1],
  'a-law': [1],
};

/**
 * Parses the body of a `fmt ` chunk.
 *
 * @throws InvalidArgumentError for impossible values, UnsupportedFeatureError for valid
 *   codecs that are not plain PCM, IEEE float or G.711.
 */
export function parseWavFormatChunk(options: {
  view: DataView;
  offset: number;
  size: number;
}): WavFormat {
  const { view, offset, size } = options;
  if (size < 16) {
    throw invalid(`'fmt ' chunk is ${size} bytes long, at least 16 are needed.`);
  }
  let formatCode = view.getUint16(offset, true);
  const channels = view.getUint16(offset + 2, true);
  const sampleRate = view.getUint32(offset + 4, true);
  const declaredBlockAlign = view.getUint16(offset + 12, true);
  const bitsPerSample = view.getUint16(offset + 14, true);
  if (formatCode === 0xfffe) {
    if (size < 40) {
      throw invalid(
        `WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk is ${size} bytes long, 40 are needed.`,
      );
    }
    formatCode = view.getUint16(offset + 24, true);
  }
  const encoding = encodingOf(formatCode);
  if (channels === 0) throw invalid('the fmt chunk declares 0 channels.');
  if (sampleRate === 0 || sampleRate > MAXIMUM_SAMPLE_RATE) {
    throw invalid(
      `the fmt chunk declares an impossible sample rate of ${sampleRate} Hz.`,
    );
  }
  const bytesPerSample = Math.ceil(bitsPerSample / 8);
  if (!allowedBytesPerSample[encoding].includes(bytesPerSample)) {
    throw invalid(`${bitsPerSample}-bit ${encoding} samples are not a valid WAV layout.`);
  }
  const minimumBlockAlign = channels * bytesPerSample;
  const blockAlign = Math.max(declaredBlockAlign, minimumBlockAlign);
  return { encoding, channels, sampleRate, bytesPerSample, blockAlign };
}

function encodingOf(formatCode: number): WavSampleEncoding {
  switch (formatCode) {
    case 0x0001:
      return 'integer';
    case 0x0003:
      return 'float';
    case 0x0006:
      return 'a-law';
    case 0x0007:
      return 'mu-law';
    default: {
      const hex = `0x${formatCode.toString(16).padStart(4, '0')}`;
      const name = formatNames[formatCode];
      throw new UnsupportedFeatureError({
        message: `WAV format code ${hex}${name ? ` (${name})` : ''} is not supported; only PCM, IEEE float, μ-law and A-law can be decoded.`,
        feature: `wav-format-${hex}`,
      });
    }
  }
}

function invalid(reason: string): InvalidArgumentError {
  return new InvalidArgumentError({
    message: `Invalid WAV: ${reason}`,
    argument: 'bytes',
  });
}
