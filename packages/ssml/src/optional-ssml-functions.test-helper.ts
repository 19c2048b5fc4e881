import type { SsmlDocument } from './ast';
import * as ssml from './index';

export type NormalizeSsml = (document: SsmlDocument) => { document: SsmlDocument };
export type ValidateSsml = (
  document: SsmlDocument,
  options?: { dialect?: string },
) => unknown;

const missingModule = /Failed to load url|Cannot find module|Does the file exist/;

/**
 * A public function that may not have landed yet: from the package entry
 * point if it exports it, else from its own module, else `undefined` (a
 * module that exists but fails to load still throws).
 */
async function optionalFunction<T>(options: {
  module: string;
  name: string;
}): Promise<T | undefined> {
  const exported = (ssml as Record<string, unknown>)[options.name];
  if (typeof exported === 'function') return exported as T;
  let module: Record<string, unknown>;
  try {
    module = await import(/* @vite-ignore */ `./${options.module}`);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || missingModule.test(String(error)))
      return undefined;
    throw error;
  }
  const found = module[options.name];
  return typeof found === 'function' ? (found as T) : undefined;
}

/** `normalizeSsml` from `normalize-ssml.ts`, once it exists. */
export const normalizeSsml = await optionalFunction<NormalizeSsml>({
  module: 'normalize-ssml',
  name: 'normalizeSsml',
});

/** `validateSsml` from `validate-ssml.ts`, once it exists. */
export const validateSsml = await optionalFunction<ValidateSsml>({
  module: 'validate-ssml',
  name: 'validateSsml',
});
