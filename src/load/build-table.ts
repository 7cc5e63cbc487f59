/**
 * Turns the rows of one sheet (xlsx worksheet or CSV file) into a RawTable: finds the header row,
 * keeps the columns that hold something, drops empty rows and reports what the reader flagged.
 * xlsx and CSV share this so both find the same table in the same layout.
 */
import { errorAt, warningAt, type Diagnostic, type Location } from '../errors.js';
import { columnLetter } from './columns.js';
import type { CellValue, LoadLimits, RawColumn, RawTable } from './raw-table.js';
import { isEmptyCell, toRawRow } from './table-rows.js';

export { isEmptyCell };

/** One row as read. `cells[i]` is column i (0-based, may be sparse). */
export interface GridRow {
  row: number;
  cells: CellValue[];
  percentFormat?: boolean[];
  hidden?: boolean;
}

/** A cell the reader could not turn into a value (a formula without result, #N/A, ...). */
export interface CellProblem {
  row: number;
  col: number;
  message: string;
}

export interface Grid {
  file: string;
  sheet: string;
  /** In ascending row order. */
  rows: GridRow[];
  problems?: CellProblem[];
}

export interface BuiltTable {
  table: RawTable;
  diagnostics: Diagnostic[];
}

/** Title blocks above a table are short; a header further down than this is not looked for. */
const HEADER_SEARCH_ROWS = 20;
/** Beyond this many cell problems in one sheet the rest are summarised, not listed. */
const MAX_LISTED_PROBLEMS = 50;

function nonEmptyCount(row: GridRow): number {
  let count = 0;
  for (const value of row.cells) if (!isEmptyCell(value)) count += 1;
  return count;
}

/**
 * The header is the first of the first 20 non-empty rows that has at least 2 filled cells and at
 * least half as many as the fullest of those rows. A one-cell title above the table fails both
 * tests, while a 2-column Field | Value sheet still passes. Returns an index into `rows`, -1 if none.
 */
export function findHeaderIndex(rows: readonly GridRow[]): number {
  const candidates = rows.slice(0, HEADER_SEARCH_ROWS).map(nonEmptyCount);
  const fullest = Math.max(0, ...candidates);
  if (fullest === 0) return -1;
  // A single-column table has no row with 2 cells: its first row is the header.
  if (fullest < 2) return 0;
  return candidates.findIndex((count) => count >= 2 && count * 2 >= fullest);
}

/** Header text as the user reads it: trimmed text, numbers as typed, dates as ISO. */
export function headerText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  return String(value).trim();
}

/** Column indexes holding anything in the header or data rows; spacer columns are left out. */
function usedColumns(rows: readonly GridRow[]): number[] {
  const used: boolean[] = [];
  for (const row of rows) {
    const { cells } = row;
    for (let index = 0; index < cells.length; index += 1) {
      if (used[index] !== true && !isEmptyCell(cells[index])) used[index] = true;
    }
  }
  const columns: number[] = [];
  used.forEach((isUsed, index) => {
    if (isUsed) columns.push(index);
  });
  return columns;
}

function hiddenRowsWarning(file: string, sheet: string, rows: readonly GridRow[]): Diagnostic[] {
  const hidden = rows.filter((row) => row.hidden === true).map((row) => row.row);
  if (hidden.length === 0) return [];
  const list = hidden.length <= 10 ? hidden.join(', ') : `${hidden.slice(0, 10).join(', ')}, ...`;
  const noun = hidden.length === 1 ? 'hidden row was' : 'hidden rows were';
  return [
    warningAt(
      { file, sheet },
      `${hidden.length} ${noun} read as data (row ${list}); delete rows that should not be in the deck`,
    ),
  ];
}

function problemDiagnostics(grid: Grid, headers: Map<number, string>): Diagnostic[] {
  const problems = grid.problems ?? [];
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => {
    const location: Location = {
      file: grid.file,
      sheet: grid.sheet,
      row: problem.row,
      column: columnLetter(problem.col),
    };
    const header = headers.get(problem.col);
    if (header !== undefined && header !== '') location.header = header;
    return errorAt(location, problem.message);
  });
  const rest = problems.length - listed.length;
  if (rest > 0) {
    listed.push(
      errorAt(
        { file: grid.file, sheet: grid.sheet },
        `${rest} more cells cannot be read (see the errors above)`,
      ),
    );
  }
  return listed;
}

function rowLimitDiagnostics(grid: Grid, dataRows: number, limits: LoadLimits): Diagnostic[] {
  if (dataRows <= limits.maxRowsPerTable) return [];
  const message = `the sheet has ${dataRows} data rows, more than the limit of ${limits.maxRowsPerTable}; only the first ${limits.maxRowsPerTable} were read`;
  return [errorAt({ file: grid.file, sheet: grid.sheet }, message)];
}

/** Builds the table of `grid`, which it takes over: its rows' cell arrays may become the table's. */
export function buildTable(grid: Grid, limits: LoadLimits): BuiltTable {
  const { file, sheet } = grid;
  const filled = grid.rows.filter((row) => nonEmptyCount(row) > 0);
  const headerIndex = findHeaderIndex(filled);
  const headerRow = filled[headerIndex];
  if (headerRow === undefined) {
    const table: RawTable = { file, sheet, headerRow: 0, columns: [], rows: [] };
    return { table, diagnostics: problemDiagnostics(grid, new Map()) };
  }
  const allDataRows = filled.slice(headerIndex + 1);
  const dataRows = allDataRows.slice(0, limits.maxRowsPerTable);
  const columnIndexes = usedColumns([headerRow, ...dataRows]);
  const firstColumns = columnIndexes.every((index, position) => index === position);
  const headers = new Map(
    columnIndexes.map((index) => [index, headerText(headerRow.cells[index])]),
  );
  const columns: RawColumn[] = columnIndexes.map((index) => ({
    header: headers.get(index) ?? '',
    ref: columnLetter(index),
  }));
  const table: RawTable = {
    file,
    sheet,
    headerRow: headerRow.row,
    columns,
    rows: dataRows.map((row) => toRawRow(row, columnIndexes, firstColumns)),
  };
  const diagnostics = [
    ...problemDiagnostics(grid, headers),
    ...rowLimitDiagnostics(grid, allDataRows.length, limits),
    ...hiddenRowsWarning(file, sheet, dataRows),
  ];
  return { table, diagnostics };
}
