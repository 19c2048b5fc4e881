import { InvalidArgumentError } from '../spec/errors/invalid-argument-error';
import { writePcmBytes } from './pcm-bytes';
import { assertSampleRate } from './sample-rate';

/** Size of the canonical RIFF/WAVE header written by {@link encodeWav}. */
export const WAV_HEADER_BYTES = 44;

const maximumDataBytes = 0xffffffff - (WAV_HEADER_BYTES - 8);

/**
 * Wraps s16 mono samples in a canonical 44-byte RIFF/WAVE header
 * (`fmt ` chunk of 16 bytes, format 1 = PCM, 16 bits, then `data`). All fields little-endian.
 */
export function encodeWav(options: {
  samples: Int16Array;
  sampleRate: number;
  channels?: 1;
}): Uint8Array {
  const { samples, sampleRate, channels = 1 } = options;
  if (!(samples instanceof Int16Array)) {
    throw new InvalidArgumentError({
      message: 'samples must be an Int16Array of s16 PCM.',
      argument: 'samples',
    });
  }
  assertSampleRate({ sampleRate, argument: 'sampleRate' });
  if (channels !== 1) {
    throw new InvalidArgumentError({
      message: `Only mono WAV output is supported, got channels = ${String(channels)}.`,
      argument: 'channels',
    });
  }
  const dataBytes = samples.length * 2;
  if (dataBytes > maximumDataBytes) {
    throw new InvalidArgumentError({
      message: `${samples.length} samples do not fit in a WAV file (4 GiB limit).`,
      argument: 'samples',
    });
  }
  const blockAlign = channels * 2;
  const bytes = new Uint8Array(WAV_HEADER_BYTES + dataBytes);
  const view = new DataView(bytes.buffer);
  writeAscii({ view, offset: 0, text: 'RIFF' });
  view.setUint32(4, WAV_HEADER_BYTES - 8 + dataBytes, true);
  writeAscii({ view, offset: 8, text: 'WAVE' });
  writeAscii({ view, offset: 12, text: 'fmt ' });
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * blockAlign, true);
  view.setUint16(32, blockAlign, true);
  view.setUint16(34, 16, true);
  writeAscii({ view, offset: 36, text: 'data' });
  view.setUint32(40, dataBytes, true);
  writePcmBytes({ samples, target: bytes, offset: WAV_HEADER_BYTES });
  return bytes;
}

function writeAscii(options: { view: DataView; offset: number; text: string }): void {
  for (let index = 0; index < options.text.length; index += 1) {
    options.view.setUint8(options.offset + index, options.text.charCodeAt(index));
  }
}
