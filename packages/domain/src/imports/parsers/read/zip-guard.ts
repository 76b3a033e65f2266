import { Unzip, type UnzipFile, UnzipInflate } from 'fflate';
import { ImportFileError } from './import-file-error.js';

/** Most bytes an XLSX may expand to, all parts together (a real 20,000-row export is ~60 MB). */
export const XLSX_MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Most entries in the archive: a workbook has a few dozen parts. */
export const XLSX_MAX_ENTRIES = 10_000;

export interface ZipGuardOptions {
  maxUncompressedBytes?: number;
  /** keep the first `keepBytes` of the entries this accepts (e.g. to peek at a header row) */
  keep?: (name: string) => boolean;
  keepBytes?: number;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Small input slices bound what one inflate step can produce (deflate expands at most ~1,000×). */
const SLICE = 4096;

class TooLarge extends Error {}

/**
 * Decompresses every entry of a ZIP archive as a stream, counting the bytes really produced (the
 * sizes the archive declares can lie), and refuses it past the limit: a ZIP bomb stops after a few
 * megabytes of work, without ever holding its output. A broken or truncated archive is `xlsx_corrupt`.
 * Returns the kept beginnings of the entries `keep` selects.
 */
export function guardZip(bytes: Uint8Array, options: ZipGuardOptions = {}): Map<string, Uint8Array> {
  const limit = options.maxUncompressedBytes ?? XLSX_MAX_UNCOMPRESSED_BYTES;
  const keepBytes = options.keepBytes ?? 64 * 1024;
  const kept = new Map<string, Uint8Array[]>();
  let total = 0;
  let entries = 0;
  let pending = 0;
  const onFile = (file: UnzipFile) => {
    if (++entries > XLSX_MAX_ENTRIES) throw new TooLarge();
    const chunks: Uint8Array[] | undefined = options.keep?.(file.name) ? [] : undefined;
    if (chunks) kept.set(file.name, chunks);
    let keptSize = 0;
    pending++;
    file.ondata = (error, data, final) => {
      if (error)
        throw error instanceof TooLarge ? error : new ImportFileError('xlsx_corrupt', undefined, error);
      total += data.length;
      if (total > limit) throw new TooLarge();
      if (chunks && keptSize < keepBytes) {
        chunks.push(data.slice(0, keepBytes - keptSize));
        keptSize += Math.min(data.length, keepBytes - keptSize);
      }
      if (final) pending--;
    };
    file.start();
  };
  try {
    const unzip = new Unzip(onFile);
    unzip.register(UnzipInflate);
    if (bytes.length === 0) unzip.push(bytes, true);
    for (let offset = 0; offset < bytes.length; offset += SLICE) {
      unzip.push(bytes.subarray(offset, offset + SLICE), offset + SLICE >= bytes.length);
    }
  } catch (error) {
    if (error instanceof TooLarge) {
      throw new ImportFileError('xlsx_too_large_uncompressed', { limit: formatBytes(limit) });
    }
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError('xlsx_corrupt', undefined, error);
  }
  if (entries === 0 || pending > 0) throw new ImportFileError('xlsx_corrupt');
  return new Map([...kept].map(([name, chunks]) => [name, concat(chunks)]));
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
