/**
 * What a worksheet says after its cells: merged ranges (`<mergeCell ref="A3:A5"/>`) and cells with
 * a hyperlink (they read as their text). Found by indexOf over the end of the sheet, one tag at a
 * time.
 */
import { cellKey } from './xlsx-raw-cell.js';
import { attributeOf, DamagedXml, tagEnd } from './xml-text.js';

/** A merged range, 1-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetLayout {
  merges: MergedRange[];
  /** Cells with a hyperlink to a target (by cellKey). */
  hyperlinks: Set<number>;
}

/** Each start tag `<name …>` in `part` (a slice of the sheet), as text. */
function tagsIn(part: Buffer, name: string): string[] {
  const tags: string[] = [];
  const needle = `<${name} `;
  for (let at = part.indexOf(needle); at !== -1; at = part.indexOf(needle, at + 1)) {
    tags.push(part.toString('utf8', at, tagEnd(part, at) + 1));
  }
  return tags;
}

function cellAddress(ref: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (match === null) return undefined;
  const col = [...(match[1] ?? '')].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), col };
}

function mergedRange(ref: string): MergedRange | undefined {
  const [first = '', second = first] = ref.split(':');
  const from = cellAddress(first);
  const to = cellAddress(second);
  if (from === undefined || to === undefined) return undefined;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

const overlap = (a: MergedRange, b: MergedRange): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Overlapping merged ranges are a broken file (Excel repairs it; exceljs refused it). */
function assertNoOverlap(merges: readonly MergedRange[]): void {
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  byTop.forEach((range, index) => {
    for (let next = index + 1; next < byTop.length; next += 1) {
      const other = byTop[next];
      if (other === undefined || other.top > range.bottom) break;
      if (overlap(range, other)) throw new DamagedXml('overlapping merged cells');
    }
  });
}

function linkedCells(tags: readonly string[]): Set<number> {
  const cells = new Set<number>();
  for (const tag of tags) {
    // Links inside the workbook (a location, no relationship) left the cell as it was.
    if (!attributeOf(tag, 'r:id')) continue;
    const address = cellAddress(attributeOf(tag, 'ref') ?? '');
    if (address !== undefined) cells.add(cellKey(address.row, address.col));
  }
  return cells;
}

/** The layout of a worksheet from `tail`, the part of its XML after `</sheetData>`. */
export function readSheetLayout(tail: Buffer): SheetLayout {
  const merges = tagsIn(tail, 'mergeCell')
    .map((tag) => mergedRange(attributeOf(tag, 'ref') ?? ''))
    .filter((range): range is MergedRange => range !== undefined);
  assertNoOverlap(merges);
  return { merges, hyperlinks: linkedCells(tagsIn(tail, 'hyperlink')) };
}
