/**
 * Large workbooks, read row by row with exceljs's streaming WorkbookReader: a 100,000-account
 * workbook read whole takes gigabytes, streamed it takes the size of its values. Each sheet becomes
 * its RawTable as soon as it is read, so only one sheet's rows are ever held as cells.
 *
 * The streaming reader skips what the full reader reports; the zip guard's scan (xlsx-layout.ts)
 * supplies it: hidden rows are flagged, and merged ranges get the full reader's meaning (a value
 * merged down belongs to each row, a value merged across to its first column only). Known
 * differences, documented in README.md: a formula whose saved result is an error is reported as
 * having no saved result, a shared formula's cells are named without their formula text, and a
 * formula's saved boolean result reads as 1 or 0.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Diagnostic } from '../errors.js';
import { buildTable, type CellProblem, type Grid, type GridRow } from './build-table.js';
import type { LoadLimits, RawTable } from './raw-table.js';
import { readRow } from './xlsx-cell.js';
import type { MergedRange, SheetLayout } from './xlsx-layout.js';
import { datesAndPercentStyles } from './xlsx-number-formats.js';

type NamedSheetReader = ExcelJS.stream.xlsx.WorksheetReader & { name: string };
type ReaderWithModel = ExcelJS.stream.xlsx.WorkbookReader & {
  model?: { sheets?: { name: string }[] };
};

const READER_OPTIONS = {
  worksheets: 'emit',
  sharedStrings: 'cache',
  // Styles come from datesAndPercentStyles instead (see xlsx-number-formats.ts).
  styles: 'ignore',
  hyperlinks: 'ignore',
  entries: 'ignore',
} as const;

function rowAt(rows: Map<number, GridRow>, row: number): GridRow {
  let found = rows.get(row);
  if (found === undefined) {
    found = { row, cells: [] };
    rows.set(row, found);
  }
  return found;
}

/** The full reader's merge rule, applied to rows read without it. */
function applyMerge(rows: Map<number, GridRow>, range: MergedRange): void {
  const master = rows.get(range.top)?.cells[range.left - 1] ?? null;
  for (let row = range.top; row <= range.bottom; row += 1) {
    for (let col = range.left; col <= range.right; col += 1) {
      if (row === range.top && col === range.left) continue;
      const down = col === range.left && master !== null;
      if (!down && rows.get(row) === undefined) continue;
      rowAt(rows, row).cells[col - 1] = down ? master : null;
    }
  }
}

function withLayout(grid: Grid, layout: SheetLayout | undefined): Grid {
  if (layout === undefined || (layout.merges.length === 0 && layout.hiddenRows.size === 0))
    return grid;
  const rows = new Map(grid.rows.map((row) => [row.row, row]));
  for (const range of layout.merges) applyMerge(rows, range);
  for (const row of layout.hiddenRows) {
    const found = rows.get(row);
    if (found !== undefined) found.hidden = true;
  }
  return { ...grid, rows: [...rows.values()].sort((a, b) => a.row - b.row) };
}

async function sheetGrid(file: string, worksheet: NamedSheetReader): Promise<Grid> {
  const rows: GridRow[] = [];
  const problems: CellProblem[] = [];
  for await (const row of worksheet) rows.push(readRow(row, problems));
  return { file, sheet: worksheet.name, rows, problems };
}

export interface StreamedTables {
  tables: RawTable[];
  diagnostics: Diagnostic[];
  /** Sheet names the reader emitted, to check that none was missed. */
  sheets: string[];
}

/** Reads every worksheet of the workbook in `bytes`, in workbook order; throws what exceljs throws. */
export async function streamXlsxTables(
  file: string,
  bytes: Buffer,
  limits: LoadLimits,
  layouts: ReadonlyMap<string, SheetLayout>,
  numberFormats: readonly (string | undefined)[],
): Promise<StreamedTables> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), READER_OPTIONS);
  // exceljs 4.4's reader looks styles up through its `styles` member when a sheet is parsed; with
  // styles 'ignore' it never replaces it. Dates come out as dates, percentages are recognised.
  Object.assign(reader, { styles: datesAndPercentStyles(numberFormats) });
  const built: { sheet: string; table: RawTable; diagnostics: Diagnostic[] }[] = [];
  for await (const worksheet of reader) {
    const sheet = (worksheet as NamedSheetReader).name;
    const grid = withLayout(
      await sheetGrid(file, worksheet as NamedSheetReader),
      layouts.get(sheet),
    );
    built.push({ sheet, ...buildTable(grid, limits) });
  }
  // Entries come in zip order; the user knows the tab order.
  const order = ((reader as ReaderWithModel).model?.sheets ?? []).map((sheet) => sheet.name);
  built.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));
  return {
    tables: built.map((entry) => entry.table),
    diagnostics: built.flatMap((entry) => entry.diagnostics),
    sheets: built.map((entry) => entry.sheet),
  };
}
