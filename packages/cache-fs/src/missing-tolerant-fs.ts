import { readdir, unlink } from 'node:fs/promises';
import { isMissingError } from './fs-errors';

/** The names in a directory, or none when it does not exist. */
export async function listDirectory(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch (error) {
    if (isMissingError(error)) return [];
    throw error;
  }
}

/** Removes a file; resolves false when it was already gone. */
export async function removeFileIfPresent(path: string): Promise<boolean> {
  try {
    await unlink(path);
    return true;
  } catch (error) {
    if (isMissingError(error)) return false;
    throw error;
  }
}
