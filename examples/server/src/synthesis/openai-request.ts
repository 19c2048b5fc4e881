import type { OutputFormat, SynthesisRequest } from '@ttskit/core';
import { z } from 'zod';
import { invalidRequest, payloadTooLarge } from '../http/http-error';
import { parseWithSchema } from '../http/parse-with-schema';

/** OpenAI's `POST /v1/audio/speech` body; unknown fields are ignored, as OpenAI adds some. */
export const openAiSpeechSchema = z.looseObject({
  model: z.string().min(1).max(128),
  input: z.string().min(1),
  voice: z.string().min(1).max(128),
  response_format: z.enum(['mp3', 'opus', 'aac', 'flac', 'wav', 'pcm']).default('mp3'),
  speed: z.number().min(0.25).max(4).default(1),
  instructions: z.string().max(10_000).optional(),
  stream_format: z.enum(['audio', 'sse']).optional(),
});

/** OpenAI's model names: all of them mean this server's default engine. */
const openAiModels = /^(tts-1|tts-1-hd|gpt-4o(-mini)?-tts)(-[\w.-]+)?$/;

/** OpenAI's voices as espeak voices, so `voice: "nova"` speaks. */
export const openAiVoicesForEspeak: Record<string, string> = {
  alloy: 'en-us',
  ash: 'en-us+m3',
  ballad: 'en-gb+m2',
  cedar: 'en-us+m4',
  coral: 'en-us+f2',
  echo: 'en-us+m1',
  fable: 'en-gb-x-rp',
  marin: 'en-us+f4',
  nova: 'en-us+f3',
  onyx: 'en-us+m7',
  sage: 'en-gb+f4',
  shimmer: 'en-us+f1',
  verse: 'en-us+m2',
};

function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (character) =>
    character === '&' ? '&amp;' : character === '<' ? '&lt;' : '&gt;',
  );
}

/**
 * Maps an OpenAI speech request to a synthesis: `model` chooses the engine
 * (an OpenAI model name means the default one), an OpenAI voice name a
 * similar voice, `speed` becomes `<prosody rate>` (which every engine gets,
 * lowered for it), and `pcm` is 24 kHz as OpenAI sends it.
 */
export function parseOpenAiSpeech(options: {
  body: unknown;
  engineIds: readonly string[];
  defaultEngine: string;
  maxInputChars: number;
}): { engine: string; request: SynthesisRequest & { format: OutputFormat } } {
  const body = parseWithSchema({
    schema: openAiSpeechSchema,
    value: options.body,
    name: 'body',
  });
  const engine = options.engineIds.includes(body.model)
    ? body.model
    : openAiModels.test(body.model)
      ? options.defaultEngine
      : undefined;
  if (!engine) {
    throw invalidRequest({
      param: 'model',
      message: `model: "${body.model}" is not available; use tts-1 or one of ${options.engineIds.join(', ')}`,
    });
  }
  const format = body.response_format;
  if (format !== 'mp3' && format !== 'wav' && format !== 'pcm') {
    throw invalidRequest({
      param: 'response_format',
      message: `response_format: "${format}" is not supported here; use mp3, wav or pcm`,
    });
  }
  if (body.stream_format === 'sse') {
    throw invalidRequest({
      param: 'stream_format',
      message: 'stream_format: "sse" is not supported here; use "audio"',
    });
  }
  if (body.input.length > options.maxInputChars) {
    throw payloadTooLarge({
      param: 'input',
      message: `input: ${body.input.length} characters is over the limit of ${options.maxInputChars}`,
    });
  }
  const voice =
    engine === 'espeak' ? (openAiVoicesForEspeak[body.voice] ?? body.voice) : body.voice;
  const isOpenAiVoice = body.voice in openAiVoicesForEspeak;
  const rate = Math.round(body.speed * 100);
  const input =
    rate === 100
      ? { text: body.input }
      : {
          ssml: `<speak><prosody rate="${rate}%">${escapeXml(body.input)}</prosody></speak>`,
        };
  return {
    engine,
    request: {
      ...input,
      format,
      ...(engine !== 'espeak' && isOpenAiVoice ? {} : { voice }),
      ...(format === 'pcm' ? { sampleRate: 24_000 } : {}),
    } as SynthesisRequest & { format: OutputFormat },
  };
}
