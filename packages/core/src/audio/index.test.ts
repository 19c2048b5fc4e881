import { expect, it } from 'vitest';
import * as audio from './index';

it('exports the audio API by name', () => {
  expect(Object.keys(audio).sort()).toEqual([
    'MP3_SAMPLE_RATES',
    'PcmStreamReader',
    'WAV_HEADER_BYTES',
    'bytesToPcm',
    'concatenatePcm',
    'convertAudio',
    'decodeWav',
    'encodeMp3',
    'encodeWav',
    'measurePcm',
    'nearestMp3SampleRate',
    'parseMp3Frames',
    'parseOggOpus',
    'pcmToBytes',
    'readMp3FrameHeader',
    'resamplePcm',
  ]);
});
