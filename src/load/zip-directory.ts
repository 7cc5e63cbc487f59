/**
 * The zip central directory: every entry's name, method and sizes, read from the end of the file
 * (ZIP64 included) without decompressing anything.
 */
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_32 = 0xffffffff;

export interface ZipEntryInfo {
  name: string;
  method: number;
  /** General purpose bit flags (bit 0: encrypted). */
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** The zip's structure cannot be read: truncated, corrupt or lying about itself. */
export class BrokenZip extends Error {}

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
      flags: bytes.readUInt16LE(at + 8),
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
