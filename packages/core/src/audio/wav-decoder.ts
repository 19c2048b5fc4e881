import { clampToInt16 } from './clamp-to-int16';
import { getALawTable, getMuLawTable } from './g711-decoder';
import { readInt16LittleEndian } from './pcm-bytes';
import type { WavFormat } from './wav-format-chunk';
import { readWavLayout } from './wav-layout';

/** Result of {@link decodeWav}: mono s16 samples whatever the file held. */
export type DecodedWav = {
  samples: Int16Array;
  sampleRate: number;
  /** Channels in the file; the samples are always downmixed to one. */
  channels: number;
};

/**
 * Decodes a WAV file to mono s16. Accepts 8/16/24/32-bit integer PCM, 32/64-bit IEEE float,
 * μ-law and A-law, plain or WAVE_FORMAT_EXTENSIBLE, any channel count (averaged to mono),
 * extra chunks anywhere, and the placeholder sizes streaming writers leave.
 *
 * @throws InvalidArgumentError when the bytes are not a usable WAV file.
 * @throws UnsupportedFeatureError for compressed codecs (ADPCM, MP3-in-WAV, ...) and RIFX.
 */
export function decodeWav(bytes: Uint8Array): DecodedWav {
  const { format, dataOffset, dataLength } = readWavLayout(bytes);
  const frameCount = dataLength / format.blockAlign;
  const { channels, sampleRate } = format;
  if (
    format.encoding === 'integer' &&
    format.bytesPerSample === 2 &&
    format.blockAlign === 2
  ) {
    return {
      samples: readInt16LittleEndian({ bytes, offset: dataOffset, count: frameCount }),
      sampleRate,
      channels,
    };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset + dataOffset, dataLength);
  const readSample = createSampleReader({ view, format });
  const samples = new Int16Array(frameCount);
  for (let frame = 0; frame < frameCount; frame += 1) {
    const frameOffset = frame * format.blockAlign;
    let sum = 0;
    for (let channel = 0; channel < channels; channel += 1) {
      sum += readSample(frameOffset + channel * format.bytesPerSample);
    }
    samples[frame] = clampToInt16(sum / channels);
  }
  return { samples, sampleRate, channels };
}

/** Returns a function reading one sample at a byte offset, scaled to the s16 range. */
function createSampleReader(options: {
  view: DataView;
  format: WavFormat;
}): (byteOffset: number) => number {
  const { view, format } = options;
  switch (format.encoding) {
    case 'mu-law': {
      const table = getMuLawTable();
      return (byteOffset) => table[view.getUint8(byteOffset)]!;
    }
    case 'a-law': {
      const table = getALawTable();
      return (byteOffset) => table[view.getUint8(byteOffset)]!;
    }
    case 'float':
      return format.bytesPerSample === 4
        ? (byteOffset) => view.getFloat32(byteOffset, true) * 32_768
        : (byteOffset) => view.getFloat64(byteOffset, true) * 32_768;
    case 'integer':
      switch (format.bytesPerSample) {
        case 1:
          return (byteOffset) => (view.getUint8(byteOffset) - 128) * 256;
        case 2:
          return (byteOffset) => view.getInt16(byteOffset, true);
        case 3:
          return (byteOffset) =>
            (view.getInt8(byteOffset + 2) * 65_536 + view.getUint16(byteOffset, true)) /
            256;
        default:
          return (byteOffset) => view.getInt32(byteOffset, true) / 65_536;
      }
  }
}
