import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../server-context';
import { registerAudioRoute } from './audio-route';
import { registerHealthRoutes } from './health-routes';
import { registerJobsRoutes } from './jobs-routes';
import { registerMetricsRoute } from './metrics-route';
import { registerOpenAiSpeechRoute } from './openai-speech-route';
import { registerPlaygroundRoutes } from './playground-routes';
import { registerSpeechRoute } from './speech-route';
import { registerTextStreamRoute } from './text-stream-route';
import { registerVoicesRoute } from './voices-route';

/** Every route of the service. */
export function registerRoutes(app: FastifyInstance, context: ServerContext): void {
  registerPlaygroundRoutes(app);
  registerHealthRoutes(app, context);
  registerMetricsRoute(app, context);
  registerVoicesRoute(app, context);
  registerSpeechRoute(app, context);
  registerOpenAiSpeechRoute(app, context);
  registerJobsRoutes(app, context);
  registerAudioRoute(app, context);
  registerTextStreamRoute(app, context);
}
