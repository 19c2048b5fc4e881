import { z } from 'zod';

/** What a WebSocket client sends: `start` (optional, first), `text` pieces, then `end`. */
export const clientMessageSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('start'),
      engine: z.string().min(1).max(128).optional(),
      voice: z.string().min(1).max(128).optional(),
      format: z.enum(['pcm', 'wav', 'mp3']).optional(),
      sampleRate: z.number().int().min(8_000).max(48_000).optional(),
      language: z.string().min(2).max(35).optional(),
    })
    .strict(),
  z.object({ type: z.literal('text'), text: z.string() }).strict(),
  z.object({ type: z.literal('end') }).strict(),
]);

export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type StartMessage = Extract<ClientMessage, { type: 'start' }>;

/** Close codes: 4000 + the HTTP status the same error would get (4400, 4413, 4500...). */
export function closeCodeFor(statusCode: number): number {
  return 4000 + Math.min(999, Math.max(0, statusCode));
}
