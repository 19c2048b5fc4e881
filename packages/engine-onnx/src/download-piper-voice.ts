import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { downloadError } from './download-errors';
import { type DownloadProgress, downloadVoice } from './download-voice';
import { voiceError } from './onnx-voice-error';
import { parsePiperVoiceConfig, readPiperVoiceConfig } from './piper-voice-config';

export type DownloadPiperVoiceOptions = {
  /** URL of `voice.onnx`. */
  url: string;
  /** SHA-256 of `voice.onnx` (the Piper voices repository lists it per file). */
  sha256: string;
  dir: string;
  /** URL of the config. Default: `url` + `.json`. */
  configUrl?: string;
  /**
   * SHA-256 of the config. Without it the config is checked by parsing it
   * as a Piper voice config before it is put in place.
   */
  configSha256?: string;
  onProgress?: (progress: DownloadProgress) => void;
  abortSignal?: AbortSignal;
  fetch?: typeof fetch;
};

/**
 * Downloads a Piper voice: its config (small; checked first), then the
 * model with `downloadVoice` (checksum, resumable). Returns both paths; the
 * voice id is the model's file name without `.onnx`.
 */
export async function downloadPiperVoice(
  options: DownloadPiperVoiceOptions,
): Promise<{ modelFile: string; configFile: string }> {
  const configUrl = options.configUrl ?? `${options.url}.json`;
  const shared = {
    dir: options.dir,
    ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  const modelName = decodeURIComponent(
    new URL(options.url).pathname.split('/').pop() ?? '',
  );
  const configName = `${modelName}.json`;
  let configFile = join(options.dir, configName);
  if (options.configSha256) {
    const result = await downloadVoice({
      ...shared,
      url: configUrl,
      sha256: options.configSha256,
      fileName: configName,
    });
    configFile = result.file;
    readPiperVoiceConfig(configFile);
  } else {
    const response = await (options.fetch ?? fetch)(configUrl, {
      ...(options.abortSignal ? { signal: options.abortSignal } : {}),
    }).catch((error: unknown) => {
      throw downloadError({
        url: configUrl,
        file: configFile,
        reason: 'network',
        detail: 'the request failed',
        cause: error,
      });
    });
    if (!response.ok) {
      throw downloadError({
        url: configUrl,
        file: configFile,
        reason: 'http',
        statusCode: response.status,
        detail: `the server answered ${response.status}`,
      });
    }
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw voiceError({
        file: configFile,
        reason: 'malformed-config',
        detail: `the downloaded config (${configUrl}) is not valid JSON`,
        cause: error,
      });
    }
    parsePiperVoiceConfig({ file: configFile, json });
    await mkdir(options.dir, { recursive: true });
    await writeFile(`${configFile}.part`, text);
    await rename(`${configFile}.part`, configFile);
  }
  const model = await downloadVoice({
    ...shared,
    url: options.url,
    sha256: options.sha256,
    fileName: modelName,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { modelFile: model.file, configFile };
}
