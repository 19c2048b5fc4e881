import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AbortError, InvalidArgumentError } from '@ttskit/core/spec';
import { downloadError, sha256File } from './download-errors';

export type DownloadProgress = {
  /** Bytes of the file on disk so far, including a resumed part. */
  receivedBytes: number;
  /** The whole file's size, when the server says. */
  totalBytes: number | undefined;
};

export type DownloadVoiceOptions = {
  url: string;
  /** Expected SHA-256 of the file, hex. The file is only put in place when it matches. */
  sha256: string;
  /** Directory to write to (created if missing). */
  dir: string;
  /** File name. Default: the URL's last path segment. */
  fileName?: string;
  onProgress?: (progress: DownloadProgress) => void;
  abortSignal?: AbortSignal;
  /** Transport (tests, proxies). Default: global `fetch`. */
  fetch?: typeof fetch;
};

export type DownloadVoiceResult = {
  file: string;
  bytes: number;
  /** Bytes that were already there from an interrupted download. */
  resumedBytes: number;
  /** The file was already in place with the right checksum: nothing was fetched. */
  alreadyPresent: boolean;
};

async function sizeOf(path: string): Promise<number> {
  return stat(path).then(
    (stats) => stats.size,
    () => 0,
  );
}

function fileNameOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  if (!name || name === '.' || name === '..' || /[/\\]/.test(name)) {
    throw new InvalidArgumentError({
      argument: 'fileName',
      message: `[ttskit] [engine-onnx] cannot take a file name from ${url}; pass fileName`,
    });
  }
  return name;
}

/**
 * Downloads a voice file into `dir`, never leaving a partial file in place:
 * bytes go to `<file>.part` and are renamed once their SHA-256 matches. An
 * interrupted download resumes from the `.part` with an HTTP Range request;
 * a corrupt one is deleted. Errors are `VoiceDownloadError`s naming the file.
 */
export async function downloadVoice(
  options: DownloadVoiceOptions,
): Promise<DownloadVoiceResult> {
  const expected = options.sha256.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(expected)) {
    throw new InvalidArgumentError({
      argument: 'sha256',
      message: `[ttskit] [engine-onnx] sha256 must be 64 hex digits, got ${JSON.stringify(options.sha256)}`,
    });
  }
  const file = join(options.dir, options.fileName ?? fileNameOf(options.url));
  const part = `${file}.part`;
  const context = { url: options.url, file };
  if ((await sizeOf(file)) > 0 && (await sha256File(file)) === expected) {
    return { file, bytes: await sizeOf(file), resumedBytes: 0, alreadyPresent: true };
  }
  await mkdir(options.dir, { recursive: true });
  const fetchFunction = options.fetch ?? fetch;
  let resumedBytes = await sizeOf(part);
  const request = (from: number) =>
    fetchFunction(options.url, {
      headers: from > 0 ? { range: `bytes=${from}-` } : {},
      ...(options.abortSignal ? { signal: options.abortSignal } : {}),
    }).catch((error: unknown) => {
      throw failure(error, 'the request failed');
    });
  const failure = (error: unknown, detail: string) =>
    options.abortSignal?.aborted
      ? new AbortError({
          message: '[ttskit] [engine-onnx] download aborted',
          cause: error,
        })
      : downloadError({ ...context, reason: 'network', detail, cause: error });
  let response = await request(resumedBytes);
  if (resumedBytes > 0 && (response.status === 416 || response.status === 200)) {
    // The part is complete already (416) or the server ignores ranges (200).
    if (response.status === 416 && (await sha256File(part)) === expected) {
      await rename(part, file);
      return { file, bytes: resumedBytes, resumedBytes, alreadyPresent: false };
    }
    await response.body?.cancel();
    await rm(part, { force: true });
    resumedBytes = 0;
    response = await request(0);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw downloadError({
      ...context,
      reason: 'http',
      statusCode: response.status,
      detail: `the server answered ${response.status} ${response.statusText}`.trim(),
    });
  }
  const range = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(
    response.headers.get('content-range') ?? '',
  );
  if (response.status === 206 && Number(range?.[1]) !== resumedBytes) {
    await response.body.cancel();
    await rm(part, { force: true });
    throw downloadError({
      ...context,
      reason: 'http',
      statusCode: 206,
      detail: `asked for bytes from ${resumedBytes}, the server sent ${response.headers.get('content-range')}; the part was deleted, try again`,
    });
  }
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  const totalBytes =
    range?.[2] && range[2] !== '*'
      ? Number(range[2])
      : Number.isFinite(length)
        ? resumedBytes + length
        : undefined;
  const hash = createHash('sha256');
  if (resumedBytes > 0) {
    for await (const chunk of createReadStream(part)) hash.update(chunk as Buffer);
  }
  let receivedBytes = resumedBytes;
  options.onProgress?.({ receivedBytes, totalBytes });
  // Every chunk received is on disk before an error surfaces, so a resume
  // loses nothing (a stream pipeline would drop buffered writes on error).
  const output = await open(part, resumedBytes > 0 ? 'a' : 'w');
  try {
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      await output.write(chunk);
      hash.update(chunk);
      receivedBytes += chunk.length;
      options.onProgress?.({ receivedBytes, totalBytes });
    }
  } catch (error) {
    throw failure(
      error,
      `the download broke off after ${receivedBytes} bytes; ${part} is kept and the next call resumes it`,
    );
  } finally {
    await output.close();
  }
  const actual = hash.digest('hex');
  if (actual !== expected) {
    await rm(part, { force: true });
    throw downloadError({
      ...context,
      reason: 'checksum',
      detail: `SHA-256 is ${actual}, expected ${expected}; the corrupt download was deleted`,
    });
  }
  await rename(part, file);
  return { file, bytes: receivedBytes, resumedBytes, alreadyPresent: false };
}
