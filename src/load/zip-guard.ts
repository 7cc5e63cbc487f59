/**
 * Checks an .xlsx zip before exceljs sees it: how much would it unpack to? The sizes come from the
 * zip central directory, so a zip bomb is refused before a single entry is inflated.
 */
import { inflateRawSync } from 'node:zlib';
import { unreadable } from './unreadable.js';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_32 = 0xffffffff;

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

class BrokenZip extends Error {}

function findEndOfDirectory(bytes: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes, at the very end of the file.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= earliest; offset -= 1) {
    if (bytes.readUInt32LE(offset) === END_OF_DIRECTORY) return offset;
  }
  throw new BrokenZip('no end of central directory');
}

function readUInt64(bytes: Buffer, offset: number): number {
  return Number(bytes.readBigUInt64LE(offset));
}

/** Where the central directory starts and how many entries it lists, following ZIP64 if used. */
function directoryBounds(bytes: Buffer, end: number): { offset: number; count: number } {
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  const locator = end - 20;
  if (
    (count !== 0xffff && offset !== MAX_32) ||
    locator < 0 ||
    bytes.readUInt32LE(locator) !== ZIP64_END_LOCATOR
  ) {
    return { offset, count };
  }
  const zip64End = readUInt64(bytes, locator + 8);
  if (zip64End + 56 > bytes.length || bytes.readUInt32LE(zip64End) !== ZIP64_END) {
    throw new BrokenZip('bad zip64 end');
  }
  return { offset: readUInt64(bytes, zip64End + 48), count: readUInt64(bytes, zip64End + 32) };
}

/** ZIP64 keeps sizes that do not fit 32 bits in an extra field: uncompressed first, then compressed. */
function zip64Sizes(
  bytes: Buffer,
  extraStart: number,
  extraEnd: number,
  entry: ZipEntryInfo,
): void {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = bytes.readUInt16LE(at);
    const size = bytes.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4;
      if (entry.uncompressedSize === MAX_32) {
        entry.uncompressedSize = readUInt64(bytes, field);
        field += 8;
      }
      if (entry.compressedSize === MAX_32) entry.compressedSize = readUInt64(bytes, field);
      return;
    }
    at += 4 + size;
  }
}

/** Lists the entries from the central directory without decompressing anything. */
export function readZipDirectory(bytes: Buffer): ZipEntryInfo[] {
  const { offset, count } = directoryBounds(bytes, findEndOfDirectory(bytes));
  const entries: ZipEntryInfo[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_HEADER) {
      throw new BrokenZip('bad central header');
    }
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const entry: ZipEntryInfo = {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    };
    const extraStart = at + 46 + nameLength;
    zip64Sizes(bytes, extraStart, extraStart + extraLength, entry);
    entries.push(entry);
    at = extraStart + extraLength + commentLength;
  }
  return entries;
}

/** Sees each entry's unpacked bytes during the size check, so nothing is inflated twice. */
export type ZipEntryInspector = (entry: ZipEntryInfo, content: Buffer) => void;

/**
 * A zip may lie about its sizes. Inflating each entry with an output cap equal to its declared size
 * proves the declaration (memory stays bounded by the limit already checked) before exceljs, which
 * trusts the data, unpacks it.
 */
function assertDeclaredSizesHold(
  bytes: Buffer,
  entries: readonly ZipEntryInfo[],
  inspect?: ZipEntryInspector,
): void {
  for (const entry of entries) {
    if (entry.method === 0) inspect?.(entry, storedContent(bytes, entry));
    if (entry.method !== 8) continue;
    const local = entry.localHeaderOffset;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) {
      throw new BrokenZip('bad local header');
    }
    const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
    let inflated: Buffer;
    try {
      inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      throw new BrokenZip(`entry ${entry.name} is corrupt or larger than declared`);
    }
    if (inflated.length !== entry.uncompressedSize) {
      throw new BrokenZip(`entry ${entry.name} size mismatch`);
    }
    inspect?.(entry, inflated);
  }
}

function storedContent(bytes: Buffer, entry: ZipEntryInfo): Buffer {
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) {
    throw new BrokenZip('bad local header');
  }
  const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  return bytes.subarray(dataStart, dataStart + entry.compressedSize);
}

function megabytes(size: number): string {
  return `${Math.ceil(size / (1024 * 1024))} MB`;
}

export function assertZipWithinLimit(
  file: string,
  bytes: Buffer,
  maxUncompressedBytes: number,
  inspect?: ZipEntryInspector,
): void {
  try {
    const entries = readZipDirectory(bytes);
    const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (total > maxUncompressedBytes) {
      throw unreadable(
        file,
        `the workbook would unpack to ${megabytes(total)}, more than the limit of ${megabytes(maxUncompressedBytes)}; it is either damaged or built to exhaust memory`,
      );
    }
    assertDeclaredSizesHold(bytes, entries, inspect);
  } catch (error) {
    if (!(error instanceof BrokenZip) && !(error instanceof RangeError)) throw error;
    throw unreadable(
      file,
      'the file is damaged (its zip structure cannot be read; it may be truncated); open it in Excel, save it again as .xlsx and retry',
    );
  }
}
