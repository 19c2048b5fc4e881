import { LoadApiKeyError } from '../spec/errors/load-api-key-error';

/**
 * Returns the key passed in settings, else the one in the environment
 * variable, else throws a `LoadApiKeyError` naming the variable.
 */
export function loadApiKey(options: {
  apiKey: string | undefined;
  environmentVariableName: string;
  description: string;
}): string {
  if (typeof options.apiKey === 'string' && options.apiKey.length > 0)
    return options.apiKey;
  const fromEnvironment = process.env[options.environmentVariableName];
  if (typeof fromEnvironment === 'string' && fromEnvironment.length > 0)
    return fromEnvironment;
  throw new LoadApiKeyError({
    message: `[ttskit] ${options.description} API key is missing. Pass it as \`apiKey\` or set the ${options.environmentVariableName} environment variable.`,
    environmentVariableName: options.environmentVariableName,
  });
}
