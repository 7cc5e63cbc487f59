/**
 * The test oracle for kamdeck's xlsx reader: how kamdeck read workbooks before it had its own
 * reader, with exceljs's full in-memory reader. The same checks before (file kind, zip guard),
 * the same cell rules (kept here as they were), the same tables through buildTable. The parity
 * tests compare the two on every workbook the test suite builds.
 */
import ExcelJS from 'exceljs';
import type { Diagnostic } from '../../src/errors.js';
import { buildTable, type CellProblem, type GridRow } from '../../src/load/build-table.js';
import type { CellValue, LoadLimits, RawTable } from '../../src/load/raw-table.js';
import { whyNotXlsx } from '../../src/load/sniff.js';
import { unreadable, withUnreadableGuard } from '../../src/load/unreadable.js';
import { openZipWithinLimit } from '../../src/load/zip-guard.js';

const DAMAGED =
  'the workbook is damaged or is not an Excel workbook; open it in Excel, save it again as .xlsx and retry';
const NO_WORKSHEETS = 'the workbook has no worksheets (is it really an Excel workbook?)';

interface Converted {
  value: CellValue;
  problem?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !(value instanceof Date);
const blankToNull = (text: string): string | null => (text.trim() === '' ? null : text);

function richTextToString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isObject(value) && Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (isObject(run) && typeof run.text === 'string' ? run.text : ''))
      .join('');
  }
  return value === null || value === undefined ? '' : String(value);
}

function plain(value: string | number | boolean | Date): Converted {
  if (typeof value === 'string') return { value: blankToNull(value) };
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { value: null, problem: 'the cell holds an invalid number' };
  }
  if (value instanceof Date && Number.isNaN(value.getTime())) {
    return { value: null, problem: 'the cell holds an invalid date' };
  }
  return { value };
}

function formulaResult(cell: ExcelJS.Cell, result: unknown): Converted {
  const formula = cell.formula ? `=${cell.formula}` : '(shared)';
  if (result === undefined || result === null) {
    return {
      value: null,
      problem: `formula ${formula} has no saved result; open and save the file in Excel`,
    };
  }
  if (isObject(result) && typeof result.error === 'string') {
    return {
      value: null,
      problem: `formula ${formula} gives the error ${result.error}; fix it in Excel or clear the cell`,
    };
  }
  if (['string', 'number', 'boolean'].includes(typeof result) || result instanceof Date) {
    return plain(result as string | number | boolean | Date);
  }
  return { value: null, problem: `formula ${formula} has a result kamdeck cannot read` };
}

function convertValue(cell: ExcelJS.Cell, value: ExcelJS.CellValue): Converted {
  if (value === null || value === undefined) return { value: null };
  if (value instanceof Date || typeof value !== 'object') return plain(value);
  const object = value as unknown as Record<string, unknown>;
  if ('formula' in object || 'sharedFormula' in object) return formulaResult(cell, object.result);
  if (typeof object.error === 'string') {
    return {
      value: null,
      problem: `the cell shows the error ${object.error}; fix it in Excel or clear the cell`,
    };
  }
  if (Array.isArray(object.richText)) return { value: blankToNull(richTextToString(object)) };
  if ('hyperlink' in object) return { value: blankToNull(richTextToString(object.text)) };
  return { value: null, problem: 'the cell holds a value kamdeck cannot read' };
}

function convertCell(cell: ExcelJS.Cell): Converted {
  if (cell.type === ExcelJS.ValueType.Merge) {
    const master = cell.master;
    if (master.col !== cell.col) return { value: null };
    return { value: convertValue(master, master.value).value };
  }
  return convertValue(cell, cell.value);
}

function readRow(row: ExcelJS.Row, problems: CellProblem[]): GridRow {
  const cells: CellValue[] = [];
  const percentFormat: boolean[] = [];
  row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
    const converted = convertCell(cell);
    cells[colNumber - 1] = converted.value;
    const format = cell.numFmt;
    const percent = typeof format === 'string' && format.replace(/"[^"]*"/g, '').includes('%');
    if (typeof converted.value === 'number' && percent) percentFormat[colNumber - 1] = true;
    if (converted.problem !== undefined) {
      problems.push({ row: row.number, col: colNumber - 1, message: converted.problem });
    }
  });
  const grid: GridRow = { row: row.number, cells };
  if (percentFormat.length > 0) grid.percentFormat = percentFormat;
  if (row.hidden) grid.hidden = true;
  return grid;
}

/** kamdeck's former xlsx reader (exceljs, whole workbook in memory). */
export async function readXlsxWithExcelJs(
  file: string,
  bytes: Buffer,
  limits: LoadLimits,
): Promise<{ tables: RawTable[]; diagnostics: Diagnostic[] }> {
  const notZip = whyNotXlsx(bytes);
  if (notZip !== undefined) throw unreadable(file, notZip);
  // The former zip guard inflated every entry before exceljs saw the file.
  openZipWithinLimit(file, bytes, limits.maxUncompressedBytes).verifyOthers(new Set());
  const workbook = new ExcelJS.Workbook();
  await withUnreadableGuard(file, DAMAGED, async () => {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  });
  if (workbook.worksheets.length === 0) throw unreadable(file, NO_WORKSHEETS);
  const tables: RawTable[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const worksheet of workbook.worksheets) {
    const rows: GridRow[] = [];
    const problems: CellProblem[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row) => rows.push(readRow(row, problems)));
    const built = buildTable({ file, sheet: worksheet.name, rows, problems }, limits);
    tables.push(built.table);
    diagnostics.push(...built.diagnostics);
  }
  return { tables, diagnostics };
}
