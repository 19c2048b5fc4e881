import {
  bytesToPcm,
  decodeWav,
  type EngineV1Audio,
  parseMp3Frames,
  parseOggOpus,
} from '@ttskit/core';
import { EngineCallError, NoAudioGeneratedError } from '@ttskit/core/spec';
import type { GoogleAudioOutput } from './google-audio-output';

/** The rate of current Google voices, for headerless LINEAR16 without a requested rate. */
const NATURAL_SAMPLE_RATE = 24_000;

function startsWithRiff(bytes: Uint8Array): boolean {
  return bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x46;
}

function decodeAs(output: GoogleAudioOutput, bytes: Uint8Array): EngineV1Audio {
  switch (output.audioEncoding) {
    case 'MP3':
      return {
        type: 'encoded',
        format: 'mp3',
        data: bytes,
        sampleRate: parseMp3Frames(bytes).sampleRate,
      };
    case 'OGG_OPUS':
      return {
        type: 'encoded',
        format: 'ogg_opus',
        data: bytes,
        sampleRate:
          output.sampleRateHertz ?? (parseOggOpus(bytes).inputSampleRate || 48_000),
      };
    default: {
      if (startsWithRiff(bytes)) {
        const wav = decodeWav(bytes);
        return { type: 'pcm', samples: wav.samples, sampleRate: wav.sampleRate };
      }
      // LINEAR16 without its WAV header: raw s16le at the rate asked for
      return {
        type: 'pcm',
        samples: bytesToPcm(bytes.subarray(0, bytes.byteLength & ~1)),
        sampleRate: output.sampleRateHertz ?? NATURAL_SAMPLE_RATE,
      };
    }
  }
}

/**
 * The response's base64 `audioContent` as engine audio: LINEAR16 decoded to
 * PCM samples (the WAV header tells the rate), MP3 and Ogg Opus passed
 * through with the rate read from their headers.
 */
export function decodeAudioContent(options: {
  audioContent: unknown;
  output: GoogleAudioOutput;
  url: string;
}): EngineV1Audio {
  const { audioContent, output, url } = options;
  if (typeof audioContent !== 'string' || audioContent.length === 0) {
    throw new NoAudioGeneratedError({
      message:
        '[ttskit] [engine-google] Google Text-to-Speech answered without audioContent',
    });
  }
  const buffer = Buffer.from(audioContent, 'base64');
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  try {
    return decodeAs(output, bytes);
  } catch (error) {
    throw new EngineCallError({
      engine: 'google',
      message: `[ttskit] [engine-google] Google Text-to-Speech returned audio that is not valid ${output.audioEncoding}: ${error instanceof Error ? error.message : String(error)}`,
      url,
      isRetryable: false,
      cause: error,
    });
  }
}
