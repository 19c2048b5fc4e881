/**
 * `npm run worker`: a job worker in its own process. The embedded default
 * runs jobs inside the API process (in-process queue), so there is nothing
 * to run here yet: BullMQ workers (REDIS_URL) are part B of issue 9. They
 * will call `processSpeechJob(job.data, { speech, audio, reportProgress })`
 * with a speech service and audio store built as in `createServer`.
 */
process.stdout.write(
  '[ttskit] [example-server] worker: jobs run in the API process (in-process queue). ' +
    'Separate BullMQ workers (REDIS_URL) are not implemented yet; see README.\n',
);
