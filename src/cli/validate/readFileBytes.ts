import { readFile, stat } from 'node:fs/promises';
import { ReadFailure } from '@/spreadsheet/ReadFailure';

/** A file's bytes from disk; a missing path or a directory becomes a `ReadFailure`. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new ReadFailure('notFound');
  }
  if (!info.isFile()) throw new ReadFailure('notAFile');
  return new Uint8Array(await readFile(path));
}
