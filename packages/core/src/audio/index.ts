export { concatenatePcm, type PcmPart } from './concatenate-pcm';
export { type ConvertedAudio, convertAudio } from './convert-audio';
export { measurePcm, type PcmLevels } from './measure-pcm';
export { encodeMp3 } from './mp3-encoder';
export {
  type Mp3FrameHeader,
  type Mp3StreamInfo,
  parseMp3Frames,
  readMp3FrameHeader,
} from './mp3-frame-parser';
export { MP3_SAMPLE_RATES, nearestMp3SampleRate } from './mp3-sample-rates';
export { type OggOpusInfo, parseOggOpus } from './ogg-opus-parser';
export { bytesToPcm, pcmToBytes } from './pcm-bytes';
export { PcmStreamReader } from './pcm-stream-reader';
export { resamplePcm } from './resample-pcm';
export { type DecodedWav, decodeWav } from './wav-decoder';
export { encodeWav, WAV_HEADER_BYTES } from './wav-encoder';
