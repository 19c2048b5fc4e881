import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  VoiceDownloadError,
  type VoiceDownloadErrorReason,
} from './voice-download-error';

export function downloadError(options: {
  url: string;
  file: string;
  reason: VoiceDownloadErrorReason;
  detail: string;
  statusCode?: number;
  cause?: unknown;
}): VoiceDownloadError {
  const { url, file, reason, detail, statusCode, cause } = options;
  return new VoiceDownloadError({
    message: `[ttskit] [engine-onnx] ${file}: downloading ${url} failed: ${detail}`,
    url,
    file,
    reason,
    ...(statusCode === undefined ? {} : { statusCode }),
    cause,
  });
}

/** SHA-256 of a file, hex. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
