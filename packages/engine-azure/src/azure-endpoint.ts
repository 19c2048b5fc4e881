import { InvalidArgumentError, LoadApiKeyError } from '@ttskit/core/spec';

/** Where the service is: a region, or the host from `baseURL`. */
export type AzureEndpoint =
  | { region: string; host?: undefined }
  | { host: URL; region?: undefined };

const REGION_VARIABLE = 'AZURE_SPEECH_REGION';

/** Parses `baseURL`; a path, query or unknown scheme is an `InvalidArgumentError`. */
export function parseBaseUrl(baseURL: string): URL {
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch (cause) {
    throw new InvalidArgumentError({
      argument: 'settings.baseURL',
      message: `[ttskit] [engine-azure] settings.baseURL is not a URL: ${JSON.stringify(baseURL)}`,
      cause,
    });
  }
  const schemes = ['http:', 'https:', 'ws:', 'wss:'];
  if (
    !schemes.includes(url.protocol) ||
    (url.pathname !== '/' && url.pathname !== '') ||
    url.search
  ) {
    throw new InvalidArgumentError({
      argument: 'settings.baseURL',
      message: `[ttskit] [engine-azure] settings.baseURL must be scheme://host[:port] with http, https, ws or wss and no path (the Speech SDK chooses the paths), got ${JSON.stringify(baseURL)}`,
    });
  }
  return url;
}

/** The region from settings or `AZURE_SPEECH_REGION`, unless `baseURL` names the host. */
export function resolveEndpoint(options: {
  region: string | undefined;
  host: URL | undefined;
}): AzureEndpoint {
  if (options.host) return { host: options.host };
  const region = options.region || process.env[REGION_VARIABLE];
  if (region) return { region };
  throw new LoadApiKeyError({
    environmentVariableName: REGION_VARIABLE,
    message: `[ttskit] [engine-azure] Azure Speech region is missing. Pass it as \`region\` (or \`baseURL\`) or set the ${REGION_VARIABLE} environment variable.`,
  });
}

/** Host suffix of a region's cloud (as the SDK computes it). */
function hostSuffix(region: string): string {
  const lower = region.toLowerCase();
  if (lower.startsWith('china')) return '.azure.cn';
  if (lower.startsWith('usgov')) return '.azure.us';
  return '.microsoft.com';
}

/** The REST voice list: `GET /cognitiveservices/voices/list`. */
export function voicesListUrl(endpoint: AzureEndpoint): string {
  if (endpoint.host) {
    const protocol =
      endpoint.host.protocol === 'wss:'
        ? 'https:'
        : endpoint.host.protocol === 'ws:'
          ? 'http:'
          : endpoint.host.protocol;
    return `${protocol}//${endpoint.host.host}/cognitiveservices/voices/list`;
  }
  return `https://${endpoint.region}.tts.speech${hostSuffix(endpoint.region)}/cognitiveservices/voices/list`;
}
