import { open, rename, rm } from 'node:fs/promises';
import {
  type OutputFormat,
  type SynthesisResult,
  type SynthesisStream,
  WAV_HEADER_BYTES,
} from '@ttskit/core';

/**
 * Writes a synthesis stream to a file or stdout as it is produced, holding
 * only a few chunks in memory (a whole book works). A file is written to
 * `FILE.partial` and renamed when complete, so a failure never leaves a
 * truncated file under the real name; a WAV file gets its real sizes in the
 * header at the end (stdout keeps the streaming header, sizes unknown).
 */
export async function writeAudioStream(options: {
  stream: SynthesisStream;
  format: OutputFormat;
  file: string | undefined;
  stdout: NodeJS.WritableStream;
}): Promise<{ result: SynthesisResult; bytes: number; words: number }> {
  const { stream, format, file } = options;
  const partial = file === undefined ? undefined : `${file}.partial`;
  const handle = partial === undefined ? undefined : await open(partial, 'w');
  let bytes = 0;
  let words = 0;
  let result: SynthesisResult | undefined;
  try {
    for await (const part of stream) {
      if (part.type === 'word') words++;
      else if (part.type === 'end') result = part.result;
      else if (part.type === 'audio') {
        bytes += part.data.byteLength;
        if (handle) await handle.write(part.data);
        else await writeToStream(options.stdout, part.data);
      }
    }
    if (handle && format === 'wav' && bytes >= WAV_HEADER_BYTES) {
      // the RIFF size (offset 4) and the data size (the header's last 4 bytes)
      const sizes = Buffer.alloc(4);
      sizes.writeUInt32LE(Math.min(bytes - 8, 0xffffffff));
      await handle.write(sizes, 0, 4, 4);
      sizes.writeUInt32LE(Math.min(bytes - WAV_HEADER_BYTES, 0xffffffff));
      await handle.write(sizes, 0, 4, WAV_HEADER_BYTES - 4);
    }
    await handle?.close();
    if (partial !== undefined && file !== undefined) await rename(partial, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (partial !== undefined) await rm(partial, { force: true });
    throw error;
  }
  return { result: result ?? (await stream.result), bytes, words };
}

function writeToStream(stream: NodeJS.WritableStream, data: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const ready = stream.write(data, (error) => (error ? reject(error) : undefined));
    if (ready) resolve();
    else stream.once('drain', resolve);
  });
}
