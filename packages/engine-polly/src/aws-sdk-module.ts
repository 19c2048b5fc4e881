import type * as ClientPolly from '@aws-sdk/client-polly';
import { permanentError } from './polly-errors';

export type ClientPollyModule = typeof ClientPolly;

/**
 * The SDK this engine loads on first use. It is an optional peer dependency:
 * nothing imports it until a synthesis, a voice list or a client is needed.
 */
export const DEPENDENCIES = { clientPolly: '@aws-sdk/client-polly' } as const;

let loading: Promise<ClientPollyModule> | undefined;

/** `@aws-sdk/client-polly`, imported once. */
export function loadClientPolly(): Promise<ClientPollyModule> {
  loading ??= import('@aws-sdk/client-polly').catch((cause: unknown) => {
    loading = undefined;
    throw permanentError({
      message: `${DEPENDENCIES.clientPolly} could not be loaded; run \`npm i ${DEPENDENCIES.clientPolly}\``,
      cause,
    });
  });
  return loading;
}
