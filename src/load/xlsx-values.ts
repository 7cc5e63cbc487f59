/**
 * Values as a cell stores them, and the checks every value goes through: numbers parsed straight
 * from the sheet's bytes, Excel day numbers as dates, blank text as no value, and a problem for a
 * number or date that is not one.
 */
import type { CellValue } from './raw-table.js';
import { decodeText } from './xml-text.js';

export interface ErrorValue {
  /** "#N/A", "#DIV/0!", … */
  error: string;
}

/** A cell's value before the checks. */
export type Stored = string | number | boolean | Date | ErrorValue;

/** What the reader keeps of one cell: its value, and a problem when it has none to trust. */
export interface ReadCell {
  value: CellValue;
  problem: string | undefined;
  /** A number shown as a percentage ("0.0%"). */
  percent: boolean;
}

const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
/** Up to 15 digits an integer is exact in a double, and so is its quotient by a power of ten. */
const MAX_FAST_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: MAX_FAST_DIGITS + 1 }, (_, n) => 10 ** n);

/**
 * The number written between `start` and `end`, as parseFloat reads it. Plain decimals ("4600",
 * "-0.07") are computed from the bytes: an integer of at most 15 digits divided by a power of ten
 * is correctly rounded, so it is the very double parseFloat gives. Anything else takes parseFloat.
 */
export function numberAt(xml: Buffer, start: number, end: number): number {
  let at = start;
  const negative = xml[at] === MINUS;
  if (negative) at += 1;
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  let dot = false;
  for (; at < end; at += 1) {
    const byte = xml[at] ?? 0;
    if (byte >= ZERO && byte <= NINE) {
      mantissa = mantissa * 10 + (byte - ZERO);
      digits += 1;
      if (dot) decimals += 1;
    } else if (byte === DOT && !dot) {
      dot = true;
    } else {
      return parseFloat(decodeText(xml, start, end));
    }
  }
  if (digits === 0 || digits > MAX_FAST_DIGITS) return parseFloat(decodeText(xml, start, end));
  const value = decimals === 0 ? mantissa : mantissa / (POWERS_OF_TEN[decimals] ?? 1);
  return negative ? -value : value;
}

/** The whole number written between `start` and `end`, as parseInt(text, 10) reads it. */
export function wholeNumberAt(xml: Buffer, start: number, end: number): number {
  if (end <= start || end - start > MAX_FAST_DIGITS)
    return parseInt(decodeText(xml, start, end), 10);
  let value = 0;
  for (let at = start; at < end; at += 1) {
    const byte = xml[at] ?? 0;
    if (byte < ZERO || byte > NINE) return parseInt(decodeText(xml, start, end), 10);
    value = value * 10 + (byte - ZERO);
  }
  return value;
}

/** An Excel day number as a date, with exceljs's arithmetic step by step (the same millisecond). */
export function excelToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

function blankToNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}

export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

/** A linked cell reads as the text Excel shows for it (exceljs turned any value into text). */
export function linkText(value: Stored | undefined): CellValue {
  if (value === undefined) return null;
  return blankToNull(typeof value === 'string' ? value : String(value));
}

function errorProblem(error: string): string {
  return `the cell shows the error ${error}; fix it in Excel or clear the cell`;
}

/** Checks a stored value into `into`: blank text is no value, a broken number or date a problem. */
export function settle(value: Stored, into: ReadCell): void {
  if (typeof value === 'string') {
    into.value = blankToNull(value);
  } else if (typeof value === 'number') {
    into.value = Number.isFinite(value) ? value : null;
    if (into.value === null) into.problem = 'the cell holds an invalid number';
  } else if (value instanceof Date) {
    into.value = Number.isNaN(value.getTime()) ? null : value;
    if (into.value === null) into.problem = 'the cell holds an invalid date';
  } else if (typeof value === 'boolean') {
    into.value = value;
  } else {
    into.value = null;
    into.problem = errorProblem(value.error);
  }
}
