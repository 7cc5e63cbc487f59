/**
 * Deflate and CRC-32 for the package zip (zip.ts). Deflating uses pako's zlib port, the deflate JSZip
 * itself uses: Node's zlib gives different compressed bytes from one Node.js release to the next,
 * and decks must be byte-identical for the same input everywhere.
 */
import { createRequire } from 'node:module';
import * as zlib from 'node:zlib';

/** pako's zlib port, used directly so one deflate state serves every entry (see `deflater`). */
interface ZStream {
  input: Uint8Array;
  next_in: number;
  avail_in: number;
  output: Uint8Array;
  next_out: number;
  avail_out: number;
}
interface PakoDeflate {
  deflateInit2(
    strm: ZStream,
    level: number,
    method: number,
    bits: number,
    mem: number,
    strategy: number,
  ): number;
  deflateReset(strm: ZStream): number;
  deflate(strm: ZStream, flush: number): number;
}
const requirePako = createRequire(import.meta.url);
const zdeflate = requirePako('pako/lib/zlib/deflate.js') as PakoDeflate;
const ZStreamClass = requirePako('pako/lib/zlib/zstream.js') as new () => ZStream;
const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_FINISH = 4;
const LEVEL = 6;

/**
 * A raw-deflate function at level 6 that keeps one pako deflate state and resets it per entry.
 * pako.deflateRaw allocates a new state (some 300 KB of tables) per call: a deck has ~140 entries,
 * a batch thousands, and the garbage kept the collector busy. A reset state gives the same bytes.
 */
export function deflater(): (data: Uint8Array) => Uint8Array {
  const strm = new ZStreamClass();
  // Method 8 (deflate), -15 window bits (raw, no zlib header), memory level 8, default strategy.
  if (zdeflate.deflateInit2(strm, LEVEL, 8, -15, 8, 0) !== Z_OK) throw new Error('deflate init');
  return (data) => {
    zdeflate.deflateReset(strm);
    strm.input = data;
    strm.next_in = 0;
    strm.avail_in = data.length;
    const chunks: Uint8Array[] = [];
    let status: number;
    do {
      const out = new Uint8Array(Math.max(16_384, data.length + (data.length >> 3) + 64));
      strm.output = out;
      strm.next_out = 0;
      strm.avail_out = out.length;
      status = zdeflate.deflate(strm, Z_FINISH);
      if (status !== Z_OK && status !== Z_STREAM_END) throw new Error(`deflate failed (${status})`);
      chunks.push(out.subarray(0, strm.next_out));
    } while (status !== Z_STREAM_END);
    return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks);
  };
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 of the data: zlib's (Node ≥ 20.15) or a table-driven one; both give the same number. */
export function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (native !== undefined) return native(data);
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
