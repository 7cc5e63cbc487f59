/**
 * The attribute values the sheet scanner reads on every row and cell, parsed straight from the
 * bytes: row numbers, style indexes, column letters, cell types and booleans.
 */
import {
  BOOLEAN,
  ERROR,
  FORMULA_STRING,
  INLINE_STRING,
  NUMBER,
  SHARED_STRING,
} from './xlsx-raw-cell.js';
import { DamagedXml, decodeText } from './xml-text.js';

const ZERO = 0x30;
const NINE = 0x39;
const MAX_COLUMN = 16384;

/** "1" and "true" are true, as in exceljs's parseBoolean. */
export function isTrue(xml: Buffer, start: number, end: number): boolean {
  const length = end - start;
  if (length === 1) return xml[start] === 0x31;
  return length === 4 && decodeText(xml, start, end) === 'true';
}

/** The column of a cell reference ("AB12" → 28; "$C$3" → 3); 0 when it names none. */
export function columnAt(xml: Buffer, start: number, end: number): number {
  let col = 0;
  for (let at = start; at < end; at += 1) {
    const byte = xml[at] ?? 0;
    if (byte >= 0x41 && byte <= 0x5a) col = col * 26 + byte - 0x40;
    else if (byte >= 0x61 && byte <= 0x7a) col = col * 26 + byte - 0x60;
    else if (byte >= ZERO && byte <= NINE) break;
  }
  if (col > MAX_COLUMN) throw new DamagedXml('a column beyond XFD');
  return col;
}

function bytesAre(xml: Buffer, start: number, end: number, text: string): boolean {
  if (end - start !== text.length) return false;
  for (let i = 0; i < text.length; i += 1) {
    if (xml[start + i] !== text.charCodeAt(i)) return false;
  }
  return true;
}

/** The `t` attribute of a cell as one of the cell types. */
export function cellType(xml: Buffer, start: number, end: number): number {
  if (end - start === 1) {
    const byte = xml[start];
    if (byte === 0x73) return SHARED_STRING;
    if (byte === 0x62) return BOOLEAN;
    if (byte === 0x65) return ERROR;
    return NUMBER;
  }
  if (bytesAre(xml, start, end, 'str')) return FORMULA_STRING;
  if (bytesAre(xml, start, end, 'inlineStr')) return INLINE_STRING;
  return NUMBER;
}
