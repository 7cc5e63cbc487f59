/**
 * The hot loop: walks a worksheet's `<sheetData>` on its bytes, from "<" to "<", and hands each
 * `<row>` and `<c>` to a sink. Nothing is decoded here but attribute numbers; values stay byte
 * ranges until the sink asks for them, so a 50 MB sheet never becomes a string. A row or cell
 * without an `r` attribute follows the one before it, as in Excel.
 */
import { readCellChild } from './xlsx-cell-children.js';
import { newRawCell, resetRawCell, type RawCell } from './xlsx-raw-cell.js';
import { cellType, columnAt, isTrue } from './xlsx-scan-attributes.js';
import { wholeNumberAt } from './xlsx-values.js';
import { DamagedXml, endsName, GT, LT, SLASH, tagEnd } from './xml-text.js';

export interface SheetSink {
  startRow(row: number, hidden: boolean): void;
  /** Every `<c>` of the current row, with or without a value; `cell` is reused afterwards. */
  cell(cell: RawCell): void;
}

const C = 0x63;
const O = 0x6f;
const R = 0x72;
const S = 0x73;
const T = 0x74;
const V = 0x76;
const W = 0x77;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

const SHEET_DATA_END = '</sheetData>';

function isSheetDataEnd(xml: Buffer, at: number): boolean {
  for (let i = 2; i < SHEET_DATA_END.length; i += 1) {
    if (xml[at + i] !== SHEET_DATA_END.charCodeAt(i)) return false;
  }
  return true;
}

const isSpace = (byte: number | undefined): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === 0x0d;

/**
 * Most of a sheet is millions of small `<c r="B2" s="3"><v>7</v></c>` elements, so their common
 * form is read with plain byte loops (a native indexOf call costs more than the few bytes it
 * would skip); anything unusual goes through the general tag helpers.
 */
export class SheetDataScanner {
  private xml: Buffer = Buffer.alloc(0);
  private readonly raw = newRawCell();
  private row = 0;
  private col = 0;
  // The attribute last read by nextAttribute, as byte offsets, and where its tag stopped.
  private nameStart = 0;
  private nameLength = 0;
  private valueStart = 0;
  private valueEnd = 0;
  private stop = 0;

  constructor(private readonly sink: SheetSink) {}

  /** Continues on the next piece of the sheet (row and column numbering carry on). */
  setWindow(xml: Buffer): void {
    this.xml = xml;
  }

  /**
   * Scans the rows between `from` and `limit` in the current window, which must not cut a row.
   * Returns the offset of `</sheetData>` when it is met, else -1.
   */
  scan(from: number, limit: number): number {
    const { xml } = this;
    let at = from;
    for (;;) {
      while (at < limit && xml[at] !== LT) at += 1;
      if (at >= limit) return -1;
      const next = xml[at + 1];
      if (next === C && endsName(xml[at + 2])) at = this.readCell(at, limit);
      else if (next === R && xml[at + 2] === O && xml[at + 3] === W && endsName(xml[at + 4]))
        at = this.readRow(at, limit);
      else if (next === SLASH && isSheetDataEnd(xml, at)) return at;
      else at = tagEnd(xml, at) + 1;
    }
  }

  /**
   * Reads the attribute at `i` (whitespace first) into the fields above and returns the offset
   * after it, or -1 when `i` reaches the end of the tag (">" or "/"); `this.stop` is then there.
   */
  private nextAttribute(from: number, end: number): number {
    const { xml } = this;
    let i = from;
    while (isSpace(xml[i])) i += 1;
    const byte = xml[i];
    if (i >= end) throw new DamagedXml('a tag is not closed');
    if (byte === GT || byte === SLASH) {
      this.stop = i;
      return -1;
    }
    this.nameStart = i;
    while (i < end && xml[i] !== EQUALS && !isSpace(xml[i])) i += 1;
    this.nameLength = i - this.nameStart;
    while (i < end && xml[i] !== QUOTE && xml[i] !== APOSTROPHE) i += 1;
    const quote = xml[i];
    this.valueStart = i + 1;
    i += 1;
    while (i < end && xml[i] !== quote) i += 1;
    if (i >= end) throw new DamagedXml('a tag is not closed');
    this.valueEnd = i;
    return i + 1;
  }

  private nameIs(name: string): boolean {
    if (this.nameLength !== name.length) return false;
    for (let i = 0; i < name.length; i += 1) {
      if (this.xml[this.nameStart + i] !== name.charCodeAt(i)) return false;
    }
    return true;
  }

  private readRow(at: number, end: number): number {
    const { xml } = this;
    let number = Number.NaN;
    let hidden = false;
    for (let i = at + 4; i !== -1;) {
      i = this.nextAttribute(i, end);
      if (i === -1) break;
      if (this.nameLength === 1 && xml[this.nameStart] === R) {
        number = wholeNumberAt(xml, this.valueStart, this.valueEnd);
      } else if (this.nameIs('hidden')) {
        hidden = isTrue(xml, this.valueStart, this.valueEnd);
      }
    }
    this.row = Number.isNaN(number) ? this.row + 1 : number;
    this.col = 0;
    this.sink.startRow(this.row, hidden);
    return tagEnd(xml, this.stop) + 1;
  }

  /** Reads `<c …>` at `at` and its content; returns the offset after it. */
  private readCell(at: number, end: number): number {
    const { xml, raw } = this;
    resetRawCell(raw);
    let col = 0;
    for (let i = at + 2; i !== -1;) {
      i = this.nextAttribute(i, end);
      if (i === -1 || this.nameLength !== 1) continue;
      const name = xml[this.nameStart];
      if (name === R) col = columnAt(xml, this.valueStart, this.valueEnd);
      else if (name === T) raw.type = cellType(xml, this.valueStart, this.valueEnd);
      else if (name === S) raw.style = wholeNumberAt(xml, this.valueStart, this.valueEnd) || 0;
    }
    this.col = col > 0 ? col : this.col + 1;
    raw.row = this.row;
    raw.col = this.col;
    const { stop } = this;
    const after = xml[stop] === GT ? this.readContent(stop + 1, end) : tagEnd(xml, stop) + 1;
    if (this.row > 0) this.sink.cell(raw);
    return after;
  }

  /** The children of a `<c>` (`<v>`, `<f>`, `<is>`); returns the offset after `</c>`. */
  private readContent(from: number, end: number): number {
    const { xml, raw } = this;
    let i = from;
    for (;;) {
      while (i < end && xml[i] !== LT) i += 1;
      if (i >= end) throw new DamagedXml('a cell is not closed');
      const next = xml[i + 1];
      if (next === SLASH) {
        const closesCell = xml[i + 2] === C && endsName(xml[i + 3]);
        while (i < end && xml[i] !== GT) i += 1;
        i += 1;
        if (closesCell) return i;
      } else if (next === V && xml[i + 2] === GT) {
        raw.valueStart = i + 3;
        i += 3;
        while (i < end && xml[i] !== LT) i += 1;
        raw.valueEnd = i;
      } else {
        i = readCellChild(xml, raw, i, end);
      }
    }
  }
}
