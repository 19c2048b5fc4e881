import type { EngineV1CallOptions, Warning } from '@ttskit/core/spec';
import { abortError, PREFIX } from './azure-errors';
import { prepareAzureInput } from './azure-input';
import { type AzureOutputFormat, chooseOutputFormat } from './output-formats';
import { WordLocator } from './word-locator';

/** Everything one call needs, checked before any connection is made. */
export type PreparedCall = {
  ssml: string;
  outputFormat: AzureOutputFormat;
  warnings: Warning[];
  locator: WordLocator;
  timestamp: Date;
};

export function prepareCall(options: {
  call: EngineV1CallOptions;
  voice: string;
  streaming: boolean;
}): PreparedCall {
  const { call, voice, streaming } = options;
  if (call.abortSignal?.aborted) throw abortError(call.abortSignal);
  const input = prepareAzureInput({
    input: call.input,
    inputType: call.inputType,
    voice,
  });
  const { outputFormat, warnings } = chooseOutputFormat({
    format: call.format,
    sampleRate: call.sampleRate,
    streaming,
  });
  const allWarnings: Warning[] = [...input.warnings, ...warnings];
  if (call.headers && Object.keys(call.headers).length > 0)
    allWarnings.push({
      type: 'unsupported-setting',
      setting: 'headers',
      details: `${PREFIX} the Speech SDK's websocket takes no extra headers; they were not sent`,
    });
  const engineOptions = call.engineOptions?.azure;
  if (engineOptions && Object.keys(engineOptions).length > 0)
    allWarnings.push({
      type: 'unsupported-setting',
      setting: 'engineOptions.azure',
      details: `${PREFIX} the engine takes no engineOptions (${Object.keys(engineOptions).join(', ')} ignored); styles, roles and the like go in the SSML (mstts:express-as)`,
    });
  return {
    ssml: input.ssml,
    outputFormat,
    warnings: allWarnings,
    locator: new WordLocator(input.ssml, input.sourceMap),
    timestamp: new Date(),
  };
}
