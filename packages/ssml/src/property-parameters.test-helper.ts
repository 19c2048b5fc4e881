import type fc from 'fast-check';

/**
 * fast-check settings for the `*.property.test.ts` files. Runs are
 * reproducible: the seed is fixed unless `SSML_PROPERTY_SEED` sets another
 * (a number, or `random` to explore). A failure prints its seed and path;
 * replay it with `SSML_PROPERTY_SEED=<seed> SSML_PROPERTY_PATH=<path>`.
 * `SSML_PROPERTY_RUNS` multiplies every run count (e.g. 10 for a long soak).
 */
export function propertyParameters<T>(numRuns: number): fc.Parameters<T> {
  const seedSetting = process.env.SSML_PROPERTY_SEED;
  const path = process.env.SSML_PROPERTY_PATH;
  const scale = Number(process.env.SSML_PROPERTY_RUNS ?? '1');
  const parameters: fc.Parameters<T> = {
    numRuns: Math.max(1, Math.round(numRuns * (scale > 0 ? scale : 1))),
  };
  if (seedSetting !== 'random')
    parameters.seed = seedSetting === undefined ? 20_251_126 : Number(seedSetting);
  if (path !== undefined) parameters.path = path;
  return parameters;
}
