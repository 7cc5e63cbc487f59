/**
 * Feeds a worksheet to the scanner piece by piece as it is inflated, so a 50 MB sheet costs a
 * megabyte at a time. Each window is cut after its last complete `</row>`; the rest is carried into
 * the next one. What follows `</sheetData>` (merged cells, hyperlinks) is kept and returned.
 */
import type { SheetDataScanner } from './xlsx-sheet-scan.js';
import { DamagedXml, GT, SLASH } from './xml-text.js';

const EMPTY: Buffer = Buffer.alloc(0);
/** Enough to hold a `<sheetData` or `<worksheet` cut in two by a chunk boundary. */
const OVERLAP = 16;

type State = 'head' | 'data' | 'tail';

class SheetStream {
  state: State = 'head';
  readonly tail: Buffer[] = [];
  private sawWorksheet = false;
  /** The start of a row cut by the end of the last chunk (or of the sheet data, until found). */
  private carried = EMPTY;

  constructor(
    private readonly scanner: SheetDataScanner,
    private readonly useWindow: (xml: Buffer) => void,
  ) {}

  feed(chunk: Buffer): void {
    if (this.state === 'tail') {
      this.tail.push(chunk);
      return;
    }
    const firstRowEnd = this.state === 'data' ? chunk.indexOf('</row>') : -1;
    if (this.carried.length > 0 && firstRowEnd === -1) {
      this.carried = this.step(Buffer.concat([this.carried, chunk]), false);
      return;
    }
    let from = 0;
    if (this.carried.length > 0) {
      // Only the cut row is joined to its end; the rest of the chunk is scanned where it lies.
      const joint = Buffer.concat([this.carried, chunk.subarray(0, firstRowEnd + 6)]);
      this.scanRows(joint, 0, joint.length);
      from = firstRowEnd + 6;
    }
    this.carried = this.step(chunk, false, from);
  }

  finish(): void {
    if (this.state !== 'tail') this.step(this.carried, true);
  }

  /** Handles one window from `from`; returns what must be carried into the next. */
  private step(window: Buffer, final: boolean, from = 0): Buffer {
    let at = from;
    if (this.state === 'head') {
      const start = this.findData(window, final);
      if (start === undefined)
        return this.state === 'head' && !final ? window.subarray(-OVERLAP) : EMPTY;
      if (start === -1) return window;
      at = start;
    }
    if (this.state !== 'data') return EMPTY;
    if (final) return this.scanRows(window, at, window.length, true);
    const limit = window.lastIndexOf('</row>') + 6;
    if (limit >= at + 6) return this.scanRows(window, at, limit);
    // No complete row in the window: a very long row, or the end of the sheet data.
    const end = window.indexOf('</sheetData>', at);
    return end === -1 ? window.subarray(at) : this.scanRows(window, at, end + 1);
  }

  /** Offset after `<sheetData>`; -1 when its tag is cut; undefined when not met yet. */
  private findData(window: Buffer, final: boolean): number | undefined {
    this.sawWorksheet ||= window.includes('<worksheet');
    const start = window.indexOf('<sheetData');
    if (start === -1) {
      if (!final) return undefined;
      if (!this.sawWorksheet) throw new DamagedXml('not a worksheet');
      this.state = 'tail';
      return undefined;
    }
    if (!this.sawWorksheet) throw new DamagedXml('not a worksheet');
    const close = window.indexOf(GT, start);
    if (close === -1) {
      if (final) throw new DamagedXml('the sheet data tag is not closed');
      return -1;
    }
    if (window[close - 1] === SLASH) {
      this.state = 'tail';
      this.tail.push(window.subarray(close + 1));
      return undefined;
    }
    this.state = 'data';
    return close + 1;
  }

  /** Scans whole rows from `from` to `limit`; returns the rest of the window, to carry. */
  private scanRows(window: Buffer, from: number, limit: number, final = false): Buffer {
    this.useWindow(window);
    this.scanner.setWindow(window);
    const stop = this.scanner.scan(from, limit);
    if (stop !== -1) {
      this.state = 'tail';
      this.tail.push(window.subarray(stop));
      return EMPTY;
    }
    if (final) throw new DamagedXml('the sheet data is not closed');
    return window.subarray(limit);
  }
}

/**
 * Scans the worksheet arriving in `chunks` with `scanner`; `useWindow` learns each window before
 * its cells are handed on. Returns the part of the sheet after its cells.
 */
export async function scanSheetChunks(
  chunks: AsyncIterable<Buffer>,
  scanner: SheetDataScanner,
  useWindow: (xml: Buffer) => void,
): Promise<Buffer> {
  const stream = new SheetStream(scanner, useWindow);
  for await (const chunk of chunks) stream.feed(chunk);
  stream.finish();
  return Buffer.concat(stream.tail);
}
