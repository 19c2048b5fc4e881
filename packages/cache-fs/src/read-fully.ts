import type { FileHandle } from 'node:fs/promises';

/** Reads into the buffers in order from `position` until they are full or the file ends. */
export async function readFully(options: {
  handle: FileHandle;
  buffers: Uint8Array[];
  position: number;
}): Promise<number> {
  let position = options.position;
  let total = 0;
  let pending = options.buffers.filter((buffer) => buffer.byteLength > 0);
  while (pending.length > 0) {
    let { bytesRead } = await options.handle.readv(pending, position);
    if (bytesRead === 0) break;
    position += bytesRead;
    total += bytesRead;
    const rest: Uint8Array[] = [];
    for (const buffer of pending) {
      if (bytesRead >= buffer.byteLength) bytesRead -= buffer.byteLength;
      else {
        rest.push(buffer.subarray(bytesRead));
        bytesRead = 0;
      }
    }
    pending = rest;
  }
  return total;
}
