import { unzipSync } from 'fflate';
import { ReadFailure } from '../ReadFailure';

/** Refuse archives that would unpack to more than this (a zip bomb or a workbook far beyond a client list). */
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

/**
 * A zip archive read part by part: entry names normalised as package part names (`xl\workbook.xml`, which some
 * Windows tools write, is `xl/workbook.xml`; no leading `/`), only the parts asked for unpacked, and the total
 * unpacked size capped across every read (`tooLarge`). A damaged archive is `notSpreadsheet`.
 */
export type ZipPackage = {
  /** Every entry's normalised name, directories left out. */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The parts found among `names`, unpacked, by normalised name. */
  read(names: readonly string[]): Map<string, Uint8Array>;
  /** One part as UTF-8 text, or undefined when the package has no such part. */
  text(name: string): string | undefined;
};

export function normalizePartName(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '');
}

export function openZipPackage(bytes: Uint8Array): ZipPackage {
  const names: string[] = [];
  const original = new Map<string, string>();
  unzipOrThrow(bytes, (name) => {
    const normalized = normalizePartName(name);
    if (normalized !== '' && !normalized.endsWith('/') && !original.has(normalized)) {
      original.set(normalized, name);
      names.push(normalized);
    }
    return false;
  });
  let unpacked = 0;
  const read = (wanted: readonly string[]): Map<string, Uint8Array> => {
    const sources = new Set(wanted.map((name) => original.get(normalizePartName(name))).filter((name) => name !== undefined));
    const parts = new Map<string, Uint8Array>();
    if (sources.size === 0) return parts;
    const files = unzipOrThrow(bytes, (name, size) => {
      if (!sources.has(name)) return false;
      unpacked += size;
      if (unpacked > MAX_UNPACKED_BYTES) throw new ReadFailure('tooLarge');
      return true;
    });
    for (const [name, data] of Object.entries(files)) parts.set(normalizePartName(name), data);
    return parts;
  };
  return {
    names,
    has: (name) => original.has(normalizePartName(name)),
    read,
    text: (name) => {
      const data = read([name]).get(normalizePartName(name));
      return data === undefined ? undefined : new TextDecoder('utf-8').decode(data);
    },
  };
}

function unzipOrThrow(bytes: Uint8Array, wanted: (name: string, originalSize: number) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (file) => wanted(file.name, file.originalSize) });
  } catch (error) {
    if (error instanceof ReadFailure) throw error;
    throw new ReadFailure('notSpreadsheet', 'damaged zip archive');
  }
}
