import { bytesToPcm, decodeWav, parseMp3Frames } from '@ttskit/core';
import type { AudioFormat, EngineV1Audio } from '@ttskit/core/spec';
import type { SpeechifyAudioFormat } from './speechify-api-types';
import { malformedResponseError } from './speechify-errors';

/** Speechify's rate: raw PCM from the stream endpoint is 24 kHz (API reference, `Accept`). */
export const SPEECHIFY_SAMPLE_RATE = 24_000;
/** Opus always decodes at 48 kHz. */
const OPUS_SAMPLE_RATE = 48_000;

/**
 * The `audio_format` to ask for. WAV unless the caller wants MP3 (or Ogg
 * Opus) at the rate Speechify sends it and pass-through is on: then the
 * compressed audio goes to the caller untouched.
 */
export function requestedAudioFormat(options: {
  format: AudioFormat;
  sampleRate: number | undefined;
  passThroughCompressed: boolean;
}): SpeechifyAudioFormat {
  const { format, sampleRate, passThroughCompressed } = options;
  if (!passThroughCompressed) return 'wav';
  if (
    format === 'mp3' &&
    (sampleRate === undefined || sampleRate === SPEECHIFY_SAMPLE_RATE)
  )
    return 'mp3';
  if (
    format === 'ogg_opus' &&
    (sampleRate === undefined || sampleRate === OPUS_SAMPLE_RATE)
  )
    return 'ogg';
  return 'wav';
}

function startsWith(bytes: Uint8Array, text: string, offset = 0): boolean {
  for (let index = 0; index < text.length; index++)
    if (bytes[offset + index] !== text.charCodeAt(index)) return false;
  return true;
}

function containsOpusHead(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512));
  return head.includes('OpusHead');
}

/**
 * The decoded `audio_data`, recognised by its content rather than the
 * reported `audio_format`: WAV becomes PCM samples (its header gives the
 * rate), MP3 and Ogg Opus stay encoded, anything else is taken as raw
 * 16-bit PCM at 24 kHz (`audio_format: "pcm"`).
 */
export function decodeSpeechAudio(options: {
  data: Uint8Array;
  url: string;
}): EngineV1Audio {
  const { data, url } = options;
  try {
    if (startsWith(data, 'RIFF') && startsWith(data, 'WAVE', 8)) {
      const { samples, sampleRate } = decodeWav(data);
      return { type: 'pcm', samples, sampleRate };
    }
    if (startsWith(data, 'OggS')) {
      if (!containsOpusHead(data))
        throw new Error('the Ogg stream is not Opus (Vorbis?); ask for wav, pcm or mp3');
      return { type: 'encoded', format: 'ogg_opus', data, sampleRate: OPUS_SAMPLE_RATE };
    }
    if (
      startsWith(data, 'ID3') ||
      (data[0] === 0xff && ((data[1] ?? 0) & 0xe0) === 0xe0)
    ) {
      const { sampleRate } = parseMp3Frames(data);
      return { type: 'encoded', format: 'mp3', data, sampleRate };
    }
    if (data.length % 2 !== 0)
      throw new Error('unrecognised audio (not WAV, MP3 or Ogg)');
    return { type: 'pcm', samples: bytesToPcm(data), sampleRate: SPEECHIFY_SAMPLE_RATE };
  } catch (error) {
    throw malformedResponseError({
      detail: `audio_data: ${error instanceof Error ? error.message : String(error)}`,
      url,
      cause: error,
    });
  }
}
