/**
 * The xlsx zip, opened carefully: how much would it unpack to? The sizes come from the zip central
 * directory, so a zip bomb is refused before a single entry is inflated. Entries are then inflated
 * one at a time, each capped at its declared size, so memory stays bounded by the checked limit.
 */
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { unreadable } from './unreadable.js';
import { BrokenZip, readZipDirectory, type ZipEntryInfo } from './zip-directory.js';

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x0001;

export { readZipDirectory, type ZipEntryInfo };

/** The entry's bytes as stored in the zip, after checking kamdeck can unpack them. */
function compressedData(bytes: Buffer, entry: ZipEntryInfo): Buffer {
  if ((entry.flags & ENCRYPTED_FLAG) !== 0) throw new BrokenZip(`entry ${entry.name} is encrypted`);
  if (entry.method !== STORED && entry.method !== DEFLATED) {
    throw new BrokenZip(`entry ${entry.name} uses an unknown method`);
  }
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) {
    throw new BrokenZip('bad local header');
  }
  const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  if (dataStart + entry.compressedSize > bytes.length) throw new BrokenZip('truncated entry');
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (entry.method === STORED && data.length !== entry.uncompressedSize) {
    throw new BrokenZip(`entry ${entry.name} size mismatch`);
  }
  return data;
}

/**
 * A zip may lie about its sizes. Inflating with an output cap equal to the declared size proves the
 * declaration; one output chunk of that size means the result is never copied (a 50 MB sheet costs
 * 50 MB, not twice that).
 */
function inflateEntry(bytes: Buffer, entry: ZipEntryInfo): Buffer {
  const data = compressedData(bytes, entry);
  if (entry.method === STORED) return data;
  const size = entry.uncompressedSize;
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize: size + 1 });
  } catch {
    throw new BrokenZip(`entry ${entry.name} is corrupt or larger than declared`);
  }
  if (inflated.length !== size) throw new BrokenZip(`entry ${entry.name} size mismatch`);
  return inflated;
}

/** Output chunks of a streamed entry: large enough that per-chunk work is noise. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * The entry's unpacked bytes in chunks, so a large sheet is never whole in memory. Inflating
 * stops as soon as the output passes the declared size.
 */
async function* inflateChunks(bytes: Buffer, entry: ZipEntryInfo): AsyncGenerator<Buffer> {
  const data = compressedData(bytes, entry);
  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += CHUNK_BYTES) yield data.subarray(at, at + CHUNK_BYTES);
    return;
  }
  const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES });
  inflater.end(data);
  let total = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.uncompressedSize)
        throw new BrokenZip(`entry ${entry.name} is larger than declared`);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof BrokenZip) throw error;
    throw new BrokenZip(`entry ${entry.name} is corrupt`);
  } finally {
    inflater.destroy();
  }
  if (total !== entry.uncompressedSize) throw new BrokenZip(`entry ${entry.name} size mismatch`);
}

function megabytes(size: number): string {
  return `${Math.ceil(size / (1024 * 1024))} MB`;
}

const DAMAGED_ZIP =
  'the file is damaged (its zip structure cannot be read; it may be truncated); open it in Excel, save it again as .xlsx and retry';

/** A broken zip structure becomes the one "damaged" message, naming the file. */
function asUnreadable(file: string, error: unknown): unknown {
  const broken = error instanceof BrokenZip || error instanceof RangeError;
  return broken ? unreadable(file, DAMAGED_ZIP) : error;
}

function guarded<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw asUnreadable(file, error);
  }
}

async function* guardedChunks(
  file: string,
  chunks: AsyncGenerator<Buffer>,
): AsyncGenerator<Buffer> {
  try {
    yield* chunks;
  } catch (error) {
    throw asUnreadable(file, error);
  }
}

/** The entries of a checked zip, inflated only when asked for. */
export interface ZipArchive {
  has(name: string): boolean;
  /** The unpacked bytes of `name` (a leading "/" ignored), or undefined when there is none. */
  read(name: string): Buffer | undefined;
  /** The same bytes in chunks of about a megabyte, for the large parts. */
  chunks(name: string): AsyncGenerator<Buffer> | undefined;
  /** Inflates every entry not in `kept` once to prove it sound, keeping nothing. */
  verifyOthers(kept: ReadonlySet<string>): void;
}

/**
 * Opens the zip in `bytes` after checking that its declared sizes fit `maxUncompressedBytes`. Every
 * entry is proved (inflated within its declared size) before the reader trusts it: the entries the
 * reader needs when it reads them, the others through `verifyOthers`.
 */
export function openZipWithinLimit(
  file: string,
  bytes: Buffer,
  maxUncompressedBytes: number,
): ZipArchive {
  const entries = guarded(file, () => readZipDirectory(bytes));
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > maxUncompressedBytes) {
    throw unreadable(
      file,
      `the workbook would unpack to ${megabytes(total)}, more than the limit of ${megabytes(maxUncompressedBytes)}; it is either damaged or built to exhaust memory`,
    );
  }
  const byName = new Map<string, ZipEntryInfo>();
  for (const entry of entries) {
    if (!entry.name.endsWith('/')) byName.set(entry.name.replace(/^\//, ''), entry);
  }
  return {
    has: (name) => byName.has(name),
    read(name) {
      const entry = byName.get(name);
      return entry === undefined ? undefined : guarded(file, () => inflateEntry(bytes, entry));
    },
    chunks(name) {
      const entry = byName.get(name);
      return entry === undefined ? undefined : guardedChunks(file, inflateChunks(bytes, entry));
    },
    verifyOthers(kept) {
      for (const [name, entry] of byName) {
        if (!kept.has(name)) guarded(file, () => inflateEntry(bytes, entry));
      }
    },
  };
}
