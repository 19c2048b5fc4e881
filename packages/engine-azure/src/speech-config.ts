import type { SpeechConfig } from 'microsoft-cognitiveservices-speech-sdk';
import type { AzureEndpoint } from './azure-endpoint';
import type { AzureOutputFormat } from './output-formats';
import type { SpeechSdk } from './speech-sdk';

/** A `SpeechConfig` for one output format: `fromHost` for `baseURL`, else `fromSubscription`. */
export function createSpeechConfig(options: {
  sdk: SpeechSdk;
  apiKey: string;
  endpoint: AzureEndpoint;
  outputFormat: AzureOutputFormat;
  configure?: ((config: SpeechConfig, sdk: SpeechSdk) => void) | undefined;
}): SpeechConfig {
  const { sdk, apiKey, endpoint, outputFormat } = options;
  const config = endpoint.host
    ? sdk.SpeechConfig.fromHost(endpoint.host, apiKey)
    : sdk.SpeechConfig.fromSubscription(apiKey, endpoint.region);
  const formats = sdk.SpeechSynthesisOutputFormat as unknown as Record<string, number>;
  config.speechSynthesisOutputFormat = formats[outputFormat.sdkName] as number;
  options.configure?.(config, sdk);
  return config;
}
