/**
 * Reads an .xlsx/.xlsm workbook with exceljs: each worksheet becomes one RawTable. The bytes are
 * checked first (right kind of file, zip sizes within limits) so exceljs only sees a plausible zip.
 */
import ExcelJS from 'exceljs';
import type { Diagnostic } from '../errors.js';
import { buildTable, type CellProblem, type Grid, type GridRow } from './build-table.js';
import type { LoadLimits, RawTable } from './raw-table.js';
import { unreadable, withUnreadableGuard } from './unreadable.js';
import { convertCell, hasPercentFormat } from './xlsx-cell.js';
import { whyNotXlsx } from './sniff.js';
import { assertZipWithinLimit } from './zip-guard.js';

export interface LoadedTables {
  tables: RawTable[];
  diagnostics: Diagnostic[];
}

function readRow(row: ExcelJS.Row, problems: CellProblem[]): GridRow {
  const cells: GridRow['cells'] = [];
  const percentFormat: boolean[] = [];
  row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
    const converted = convertCell(cell);
    cells[colNumber - 1] = converted.value;
    if (typeof converted.value === 'number' && hasPercentFormat(cell)) {
      percentFormat[colNumber - 1] = true;
    }
    if (converted.problem !== undefined) {
      problems.push({ row: row.number, col: colNumber - 1, message: converted.problem });
    }
  });
  const grid: GridRow = { row: row.number, cells };
  if (percentFormat.length > 0) grid.percentFormat = percentFormat;
  // Hidden rows are read like any other: users hide rows to tidy the view, and the data in them is
  // still data. buildTable warns with the row numbers so nothing disappears silently.
  if (row.hidden) grid.hidden = true;
  return grid;
}

function worksheetGrid(file: string, worksheet: ExcelJS.Worksheet): Grid {
  const rows: GridRow[] = [];
  const problems: CellProblem[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push(readRow(row, problems));
  });
  return { file, sheet: worksheet.name, rows, problems };
}

async function openWorkbook(file: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await withUnreadableGuard(
    file,
    'the workbook is damaged or is not an Excel workbook; open it in Excel, save it again as .xlsx and retry',
    async () => {
      // exceljs's typings ask for its own Buffer alias; a Node Buffer is what it reads.
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    },
  );
  return workbook;
}

/**
 * Chart sheets need no filter here: exceljs drops them while loading, since they have no cells.
 * Hidden and very hidden worksheets are read like the others; their data is part of the workbook.
 */
export async function readXlsx(
  file: string,
  bytes: Buffer,
  limits: LoadLimits,
): Promise<LoadedTables> {
  const notZip = whyNotXlsx(bytes);
  if (notZip !== undefined) throw unreadable(file, notZip);
  assertZipWithinLimit(file, bytes, limits.maxUncompressedBytes);
  const workbook = await openWorkbook(file, bytes);
  if (workbook.worksheets.length === 0) {
    throw unreadable(file, 'the workbook has no worksheets (is it really an Excel workbook?)');
  }
  const tables: RawTable[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const worksheet of workbook.worksheets) {
    const built = await withUnreadableGuard(
      file,
      `sheet "${worksheet.name}" cannot be read; open the file in Excel, save it again as .xlsx and retry`,
      async () => buildTable(worksheetGrid(file, worksheet), limits),
    );
    tables.push(built.table);
    diagnostics.push(...built.diagnostics);
  }
  return { tables, diagnostics };
}
