/**
 * A worksheet cell as the scanner finds it in the sheet XML (`<c r="B2" t="s" s="3"><v>7</v></c>`),
 * before any interpretation, and what interpreting it needs to know about its sheet and workbook.
 */
import type { CellStyles } from './xlsx-number-formats.js';

/** The `t` attribute of a cell. Anything unknown is read as a number, as exceljs did. */
export const NUMBER = 0;
export const SHARED_STRING = 1;
export const FORMULA_STRING = 2;
export const INLINE_STRING = 3;
export const BOOLEAN = 4;
export const ERROR = 5;

/** One `<c>` element; the scanner reuses one object for every cell. */
export interface RawCell {
  /** 1-based row and column. */
  row: number;
  col: number;
  type: number;
  /** The `s` attribute: index of the cell style, 0 without one. */
  style: number;
  /** Byte range of the `<v>` text; valueStart is -1 without one. */
  valueStart: number;
  valueEnd: number;
  /** The text of an inline string (`<is>`), decoded. */
  inline: string | undefined;
  /** An `<f>` element was found: its text range (formulaStart -1 without text), its attributes. */
  formula: boolean;
  formulaStart: number;
  formulaEnd: number;
  formulaType: string | undefined;
  formulaRef: boolean;
  formulaSi: string | undefined;
}

export function newRawCell(): RawCell {
  const raw = { row: 0, col: 0 } as RawCell;
  resetRawCell(raw);
  return raw;
}

/** Makes `raw` a bare cell again, for the next `<c>`. */
export function resetRawCell(raw: RawCell): void {
  raw.type = NUMBER;
  raw.style = 0;
  raw.valueStart = raw.valueEnd = raw.formulaStart = raw.formulaEnd = -1;
  raw.inline = raw.formulaType = raw.formulaSi = undefined;
  raw.formula = raw.formulaRef = false;
}

/** True when the cell holds a value: an empty `<v/>` or a bare `<c/>` holds none. */
export function hasValue(cell: RawCell): boolean {
  return cell.valueEnd > cell.valueStart || (cell.inline !== undefined && cell.inline !== '');
}

/** True when the `<f>` makes the cell a formula (exceljs: formula text or a `t` attribute). */
export function isFormula(cell: RawCell): boolean {
  return cell.formula && (cell.formulaEnd > cell.formulaStart || (cell.formulaType ?? '') !== '');
}

/** A cell position as one number, for sets and maps. */
export const cellKey = (row: number, col: number): number => row * 16384 + col;

/** The first cell of a shared formula: its text and where it stands. */
export interface SharedFormula {
  text: string;
  row: number;
  col: number;
}

export interface SheetContext {
  /** The piece of the sheet the scanner is in; cell byte ranges point into it. */
  xml: Buffer;
  sharedStrings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
  /** Shared formulas of the sheet by their `si`, filled as the scan meets their first cells. */
  sharedFormulas: Map<string, SharedFormula>;
}
