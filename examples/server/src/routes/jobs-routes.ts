import { createHash } from 'node:crypto';
import { parseSsml } from '@ttskit/ssml';
import type { FastifyInstance } from 'fastify';
import { invalidRequest, notFound } from '../http/http-error';
import type { SpeechJobData } from '../jobs/job-queue';
import type { ServerContext } from '../server-context';
import { parseSpeechBody } from '../synthesis/speech-request';

const jobIdPattern = /^[\w-]{1,64}$/;

/**
 * `POST /v1/jobs` (a speech body, up to `MAX_JOB_INPUT_CHARS`) → `202
 * { id, status, statusUrl }`; `GET /v1/jobs/:id` → state, progress, and the
 * audio URL and word timings, or the error. The input is checked before the
 * job is queued (SSML errors are a 400 with line and column, not a failed
 * job). `Idempotency-Key` makes a retried submission return the same job.
 */
export function registerJobsRoutes(app: FastifyInstance, context: ServerContext): void {
  const { config, jobs, speech } = context;
  app.post(
    '/v1/jobs',
    { bodyLimit: config.limits.maxJobBodyBytes },
    async (request, reply) => {
      const input = parseSpeechBody({
        body: request.body,
        maxInputChars: config.limits.maxJobInputChars,
        defaultFormat: config.synthesis.defaultFormat,
      });
      if (input.stream)
        throw invalidRequest({
          param: 'stream',
          message: 'stream: jobs are not streamed',
        });
      speech.synthesizerFor(input.engine); // unknown engine: 400 now
      if (input.request.ssml !== undefined) {
        parseSsml(input.request.ssml, {
          maxInputLength: config.limits.maxJobInputChars,
          maxDepth: config.limits.maxSsmlDepth,
          maxNodes: config.limits.maxSsmlNodes,
        });
      }
      const owner = request.apiKeyId ?? 'anonymous';
      const { request: synthesis } = input;
      const data: SpeechJobData = {
        ...(synthesis.ssml === undefined
          ? { text: synthesis.text }
          : { ssml: synthesis.ssml }),
        format: synthesis.format,
        owner,
        ...(input.engine ? { engine: input.engine } : {}),
        ...(synthesis.voice ? { voice: synthesis.voice } : {}),
        ...(synthesis.sampleRate ? { sampleRate: synthesis.sampleRate } : {}),
        ...(synthesis.language ? { language: synthesis.language } : {}),
      };
      const idempotencyKey = request.headers['idempotency-key'];
      const jobId =
        typeof idempotencyKey === 'string' && idempotencyKey.length > 0
          ? createHash('sha256')
              .update(`${owner}\n${idempotencyKey}`)
              .digest('hex')
              .slice(0, 32)
          : undefined;
      const { id, created } = await jobs.enqueue({ data, ...(jobId ? { jobId } : {}) });
      const statusUrl = `/v1/jobs/${id}`;
      return reply
        .code(created ? 202 : 200)
        .header('location', statusUrl)
        .send({ id, status: created ? 'waiting' : 'existing', statusUrl });
    },
  );

  /** The caller's job, or a 404 (another key's job is as unknown as a missing one). */
  async function ownJob(options: { id: string; apiKeyId: string | undefined }) {
    const { id } = options;
    const status = jobIdPattern.test(id) ? await jobs.get(id) : undefined;
    if (!status || status.owner !== (options.apiKeyId ?? 'anonymous')) {
      throw notFound(`no job ${id.slice(0, 64)}`);
    }
    return status;
  }

  app.get<{ Params: { id: string } }>('/v1/jobs/:id', async (request) => {
    const { owner: _owner, ...visible } = await ownJob({
      id: request.params.id,
      apiKeyId: request.apiKeyId,
    });
    return visible;
  });

  // every word and mark of a completed job (a status carries them only when few)
  app.get<{ Params: { id: string } }>('/v1/jobs/:id/words', async (request) => {
    const { id } = request.params;
    const status = await ownJob({ id, apiKeyId: request.apiKeyId });
    const timings = status.state === 'completed' ? await jobs.timings(id) : undefined;
    if (!timings)
      throw notFound(`job ${id} has no word timings (not completed, or expired)`);
    return timings;
  });
}
