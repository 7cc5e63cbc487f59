/**
 * The zip container of OPC packages, read and written directly instead of through JSZip, whose
 * worker pipeline (a JavaScript CRC-32 and a setImmediate per chunk) cost more than the deflating.
 *
 * Reading inflates with Node's zlib: decompression has exactly one right answer. Writing deflates
 * with pako (the deflate JSZip itself uses): Node's zlib gives different compressed bytes from one
 * Node.js release to the next, and decks must be byte-identical for the same input everywhere.
 */
import * as zlib from 'node:zlib';
import { crc32, deflater } from './zip-deflate.js';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const STORE = 0;
const DEFLATE = 8;
const UTF8_NAMES = 0x0800;

export type ZipMethod = 'deflate' | 'store';

class NotAZip extends Error {}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function endOfDirectory(data: DataView): number {
  const earliest = Math.max(0, data.byteLength - 22 - 0xffff);
  for (let at = data.byteLength - 22; at >= earliest; at -= 1)
    if (data.getUint32(at, true) === END_OF_DIRECTORY) return at;
  throw new NotAZip('not a zip: no end of central directory');
}

/** Every file entry of a zip by name (directory entries are skipped); throws when it is not a zip. */
export function readZip(bytes: Uint8Array): Map<string, Uint8Array> {
  const data = view(bytes);
  const end = endOfDirectory(data);
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  const files = new Map<string, Uint8Array>();
  const names = new TextDecoder('utf-8');
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== CENTRAL_HEADER)
      throw new NotAZip('not a zip: bad central directory');
    const method = data.getUint16(at + 10, true);
    const compressedSize = data.getUint32(at + 20, true);
    const nameLength = data.getUint16(at + 28, true);
    const skip = nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
    const local = data.getUint32(at + 42, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    if (name.endsWith('/')) continue;
    if (local + 30 > bytes.length || data.getUint32(local, true) !== LOCAL_HEADER)
      throw new NotAZip(`not a zip: bad local header for ${name}`);
    const start = local + 30 + data.getUint16(local + 26, true) + data.getUint16(local + 28, true);
    const stored = bytes.subarray(start, start + compressedSize);
    if (method === STORE) files.set(name, stored.slice());
    else if (method === DEFLATE) {
      const inflated = zlib.inflateRawSync(stored);
      files.set(name, new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length));
    } else
      throw new NotAZip(`not a zip kamdeck can read: ${name} uses compression method ${method}`);
  }
  return files;
}

/** DOS date and time fields, in UTC so the bytes do not depend on the machine's time zone. */
function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day:
      ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

interface Written {
  name: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
  offset: number;
}

function header(entry: Written, stamp: { time: number; day: number }, central: boolean) {
  const size = (central ? 46 : 30) + entry.name.length;
  const bytes = new Uint8Array(size);
  const out = view(bytes);
  let at = 0;
  out.setUint32(at, central ? CENTRAL_HEADER : LOCAL_HEADER, true);
  at += 4;
  if (central) {
    out.setUint16(at, 0x0014, true); // made by: MS-DOS, zip 2.0
    at += 2;
  }
  out.setUint16(at, entry.method === DEFLATE ? 20 : 10, true);
  out.setUint16(at + 2, entry.flags, true);
  out.setUint16(at + 4, entry.method, true);
  out.setUint16(at + 6, stamp.time, true);
  out.setUint16(at + 8, stamp.day, true);
  out.setUint32(at + 10, entry.crc, true);
  out.setUint32(at + 14, entry.data.length, true);
  out.setUint32(at + 18, entry.size, true);
  out.setUint16(at + 22, entry.name.length, true);
  // Extra field, comment, disk number and attributes stay 0; the central record adds the offset.
  if (central) out.setUint32(at + 36, entry.offset, true);
  bytes.set(entry.name, size - entry.name.length);
  return bytes;
}

/**
 * A zip of the given files in the given order, every entry dated `date`, no directory entries:
 * the same files and date always give the same bytes.
 */
export function writeZip(
  files: Iterable<[string, Uint8Array]>,
  date: Date,
  method: ZipMethod = 'deflate',
): Uint8Array {
  const stamp = dosDateTime(date);
  const encoder = new TextEncoder();
  const deflate = method === 'deflate' ? deflater() : undefined;
  const entries: Written[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const encoded = encoder.encode(name);
    const entry: Written = {
      name: encoded,
      flags: encoded.length === name.length ? 0 : UTF8_NAMES,
      method: method === 'deflate' ? DEFLATE : STORE,
      crc: crc32(content),
      size: content.length,
      data: deflate === undefined ? content : deflate(content),
      offset,
    };
    entries.push(entry);
    offset += 30 + encoded.length + entry.data.length;
  }
  const chunks = entries.flatMap((entry) => [header(entry, stamp, false), entry.data]);
  const directory = entries.map((entry) => header(entry, stamp, true));
  const directorySize = directory.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = new Uint8Array(22);
  const tail = view(end);
  tail.setUint32(0, END_OF_DIRECTORY, true);
  tail.setUint16(8, entries.length, true);
  tail.setUint16(10, entries.length, true);
  tail.setUint32(12, directorySize, true);
  tail.setUint32(16, offset, true);
  return concat([...chunks, ...directory, end]);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
