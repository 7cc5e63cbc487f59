/**
 * The value cells of a per-period sheet (Revenue, MRR) as read, before the accounts are
 * cross-checked. An MRR sheet of 100,000 accounts × 12 months has 1.2 million cells, and almost
 * none is ever pointed at, so cells are kept in typed arrays (no object, no Location per cell) and
 * a Location is made only for the cells a message names.
 */
import { errorAt, type Diagnostic, type Location } from '../../errors.js';
import type { CellValue, RawRow, RawTable } from '../../load/raw-table.js';
import type { Period } from '../../model/model.js';
import { CellIssue, numberReader } from '../cell-readers.js';
import { tableLocation } from '../table-rows.js';

/**
 * Cell `i` was read from row record `record[i]`, in table column `column[i]`, for period
 * `cellPeriods[period[i]]`, and holds `value[i]`. Cells are in sheet order, row by row.
 */
export interface PeriodCells {
  count: number;
  record: Int32Array;
  column: Int32Array;
  period: Int32Array;
  value: Float64Array;
}

/**
 * The rows values were read from: the account each row is for, its sheet row number and where its
 * cells start (a row's cells are cells `firstCell[r]` up to the next row's first cell).
 */
export interface PeriodRecords {
  accountIds: string[];
  rows: number[];
  firstCell: number[];
}

export interface PeriodSheetResult {
  table: RawTable;
  /** The sheet's periods, sorted chronologically once the sheet is read. */
  periods: Period[];
  /** The periods cells refer to (`PeriodCells.period`), in the order they were found. */
  cellPeriods: Period[];
  records: PeriodRecords;
  /** Cells read without a problem. */
  cells: PeriodCells;
  /** Each account's first row number, for messages about unknown accounts. */
  accountRows: Map<string, number>;
  /** Index of the Account ID column (-1 when the sheet has none). */
  idColumn: number;
  diagnostics: Diagnostic[];
}

function noCells(capacity: number): PeriodCells {
  return {
    count: 0,
    record: new Int32Array(capacity),
    column: new Int32Array(capacity),
    period: new Int32Array(capacity),
    value: new Float64Array(capacity),
  };
}

export function emptyPeriodSheet(table: RawTable, idColumn: number): PeriodSheetResult {
  return {
    table,
    periods: [],
    cellPeriods: [],
    records: { accountIds: [], rows: [], firstCell: [] },
    cells: noCells(0),
    accountRows: new Map(),
    idColumn,
    diagnostics: [],
  };
}

/** A row values are read from; returns its record index. */
export function addRecord(sheet: PeriodSheetResult, accountId: string, row: number): number {
  sheet.records.accountIds.push(accountId);
  sheet.records.firstCell.push(sheet.cells.count);
  return sheet.records.rows.push(row) - 1;
}

/** Twice the room, the cells kept: typed arrays do not grow by themselves. */
function grown(cells: PeriodCells): PeriodCells {
  const larger = noCells(Math.max(1024, cells.value.length * 2));
  larger.record.set(cells.record);
  larger.column.set(cells.column);
  larger.period.set(cells.period);
  larger.value.set(cells.value);
  larger.count = cells.count;
  return larger;
}

/** A cell read without a problem (positional arguments: this runs once per cell). */
export function addCell(
  sheet: PeriodSheetResult,
  record: number,
  column: number,
  period: number,
  value: number,
): void {
  if (sheet.cells.count === sheet.cells.value.length) sheet.cells = grown(sheet.cells);
  const { cells } = sheet;
  const index = cells.count;
  cells.record[index] = record;
  cells.column[index] = column;
  cells.period[index] = period;
  cells.value[index] = value;
  cells.count = index + 1;
}

/** The cells read from row record `record`: from `start` up to (not including) `end`. */
export function recordCells(
  sheet: PeriodSheetResult,
  record: number,
): { start: number; end: number } {
  const { firstCell } = sheet.records;
  return { start: firstCell[record] ?? 0, end: firstCell[record + 1] ?? sheet.cells.count };
}

/** The period of cell `index`. */
export function cellPeriod(sheet: PeriodSheetResult, index: number): Period | undefined {
  return sheet.cellPeriods[sheet.cells.period[index] ?? -1];
}

/** Where cell `index` is. */
export function periodCellLocation(sheet: PeriodSheetResult, index: number): Location {
  const row = sheet.records.rows[sheet.cells.record[index] ?? -1];
  return tableLocation(sheet.table, row, sheet.table.columns[sheet.cells.column[index] ?? -1]);
}

/** The Account ID cell of a row. */
export function accountCellLocation(sheet: PeriodSheetResult, row: number | undefined): Location {
  return tableLocation(sheet.table, row, sheet.table.columns[sheet.idColumn]);
}

export type ValueReader = (raw: CellValue) => number | CellIssue;

/**
 * A value cell's reader: a number of 0 or more (`what` names it in messages: "revenue"); empty,
 * "(0)" or "-0" is 0, not a -0 shown as "-$0".
 */
export function valueReader(what: string, locale: string): ValueReader {
  const read = numberReader(locale, { min: 0, what });
  return (raw) => {
    const value = read(raw);
    return value === undefined || value === 0 ? 0 : value;
  };
}

/**
 * Reads one value cell of row `record` into the sheet's cells, or reports its problem at the cell.
 * (Positional arguments: this runs once per cell.)
 */
export function readCell(
  sheet: PeriodSheetResult,
  read: ValueReader,
  row: RawRow,
  record: number,
  column: number,
  period: number,
): void {
  const value = read(row.cells[column] ?? null);
  if (value instanceof CellIssue) {
    const at = tableLocation(sheet.table, row.row, sheet.table.columns[column]);
    sheet.diagnostics.push(errorAt(at, value.message));
  } else addCell(sheet, record, column, period, value);
}
