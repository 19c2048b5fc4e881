import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseWithSchema } from '../http/parse-with-schema';
import type { ServerContext } from '../server-context';

const querySchema = z.object({ engine: z.string().max(128).optional() }).strict();

/**
 * `GET /v1/voices[?engine=id]`: the engines (the default first) and their
 * voices `{ id, name, engine, languages, gender? }`.
 */
export function registerVoicesRoute(app: FastifyInstance, context: ServerContext): void {
  app.get('/v1/voices', async (request) => {
    const query = parseWithSchema({
      schema: querySchema,
      value: request.query,
      name: 'query',
    });
    const { speech } = context;
    const ids = query.engine
      ? [speech.synthesizerFor(query.engine).id]
      : speech.engineIds;
    const lists = await Promise.all(ids.map((id) => speech.voices(id)));
    return {
      engines: ids.map((id) => ({
        id,
        default: id === speech.defaultEngine,
        defaultVoice: speech.defaultVoices[id],
      })),
      voices: lists.flat(),
    };
  });
}
