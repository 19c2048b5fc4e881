import type { OutputFormat, SynthesisRequest } from '@ttskit/core';
import { z } from 'zod';
import { invalidRequest, payloadTooLarge } from '../http/http-error';
import { parseWithSchema } from '../http/parse-with-schema';

/** Voice and engine ids: letters, digits and the separators engines use. */
const identifier = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\w.+:/@ -]+$/, 'letters, digits and . _ - + : / @ only');

/** The body of `POST /v1/speech` and `POST /v1/jobs`. */
export const speechBodySchema = z
  .object({
    text: z.string().min(1).optional(),
    ssml: z.string().min(1).optional(),
    voice: identifier.optional(),
    engine: identifier.optional(),
    format: z.enum(['wav', 'mp3', 'pcm']).optional(),
    sampleRate: z.number().int().min(8_000).max(48_000).optional(),
    language: z
      .string()
      .regex(/^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/, 'a BCP-47 tag such as en-US')
      .optional(),
    stream: z.boolean().optional(),
    strictSsml: z.boolean().optional(),
  })
  .strict();

export type SpeechBody = z.infer<typeof speechBodySchema>;

/** A validated speech request: which engine, and what to give its synthesizer. */
export type SpeechInput = {
  engine: string | undefined;
  stream: boolean;
  request: SynthesisRequest & { format: OutputFormat };
};

/**
 * Validates a speech body: exactly one of `text` and `ssml`, within
 * `maxInputChars` (413 above it). SSML itself is parsed by the synthesizer,
 * whose `SsmlParseError` (with line and column) the error handler answers.
 */
export function parseSpeechBody(options: {
  body: unknown;
  maxInputChars: number;
  defaultFormat: OutputFormat;
}): SpeechInput {
  const body = parseWithSchema({
    schema: speechBodySchema,
    value: options.body,
    name: 'body',
  });
  if ((body.text === undefined) === (body.ssml === undefined)) {
    throw invalidRequest({ message: 'body: give exactly one of `text` and `ssml`' });
  }
  const input = body.text ?? body.ssml ?? '';
  if (input.length > options.maxInputChars) {
    throw payloadTooLarge({
      param: body.text === undefined ? 'ssml' : 'text',
      message: `${body.text === undefined ? 'ssml' : 'text'}: ${input.length} characters is over the limit of ${options.maxInputChars}`,
    });
  }
  const request = {
    ...(body.text === undefined ? { ssml: input } : { text: input }),
    format: body.format ?? options.defaultFormat,
    ...(body.voice ? { voice: body.voice } : {}),
    ...(body.sampleRate ? { sampleRate: body.sampleRate } : {}),
    ...(body.language ? { language: body.language } : {}),
    ...(body.strictSsml ? { strictSsml: true } : {}),
  } as SpeechInput['request'];
  return { engine: body.engine, stream: body.stream === true, request };
}
