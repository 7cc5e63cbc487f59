/**
 * Fixture workbooks written by the test itself: one description of the sheets (header row + data
 * rows), written as an .xlsx (exceljs), as a folder of CSV files or as one JSON file, or turned into
 * a RawWorkbook directly for validation tests without I/O. No binary fixture is committed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildTable } from '../../src/load/build-table.js';
import { DEFAULT_LOAD_LIMITS, type CellValue, type RawWorkbook } from '../../src/load/raw-table.js';

/** A formula with the result Excel saved for it. */
export interface FormulaCell {
  formula: string;
  result: number | string;
}

export type FixtureCell = CellValue | FormulaCell;

export interface FixtureSheet {
  name: string;
  /** The first row is the header row. */
  rows: FixtureCell[][];
  /** Excel number formats by 0-based column index (xlsx only), e.g. `{ 3: '0%' }`. */
  numFmt?: Record<number, string>;
}

function isFormula(cell: FixtureCell): cell is FormulaCell {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

/** What a CSV or JSON export holds for a cell: the formula's saved result, dates as ISO text. */
function exported(cell: FixtureCell): string | number | boolean | null {
  if (isFormula(cell)) return cell.result;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell;
}

export async function writeXlsx(path: string, sheets: readonly FixtureSheet[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, rowIndex) => {
      cells.forEach((cell, colIndex) => {
        const target = worksheet.getCell(rowIndex + 1, colIndex + 1);
        target.value = isFormula(cell) ? { formula: cell.formula, result: cell.result } : cell;
        const format = sheet.numFmt?.[colIndex];
        if (format !== undefined && rowIndex > 0) target.numFmt = format;
      });
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  await writeFile(path, new Uint8Array(buffer as ArrayBuffer));
  return path;
}

function csvField(cell: FixtureCell): string {
  const value = exported(cell);
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One `<sheet name>.csv` per sheet in `folder` (created when missing). */
export async function writeCsvFolder(
  folder: string,
  sheets: readonly FixtureSheet[],
): Promise<string> {
  await mkdir(folder, { recursive: true });
  for (const sheet of sheets) {
    const text = sheet.rows.map((cells) => cells.map(csvField).join(',')).join('\r\n');
    await writeFile(join(folder, `${sheet.name}.csv`), `${text}\r\n`);
  }
  return folder;
}

/** One JSON file: a Field | Value sheet as an object, every other sheet as a list of records. */
export async function writeJson(path: string, sheets: readonly FixtureSheet[]): Promise<string> {
  const root: Record<string, unknown> = {};
  for (const sheet of sheets) {
    const [header = [], ...rows] = sheet.rows;
    const keys = header.map((cell) => String(exported(cell)));
    if (keys.length === 2 && keys[0] === 'Field' && keys[1] === 'Value') {
      root[sheet.name] = Object.fromEntries(
        rows.map((row) => [String(exported(row[0] ?? null)), exported(row[1] ?? null)]),
      );
    } else {
      root[sheet.name] = rows.map((row) =>
        Object.fromEntries(keys.map((key, index) => [key, exported(row[index] ?? null)])),
      );
    }
  }
  await writeFile(path, JSON.stringify(root, null, 2));
  return path;
}

/** The sheets as the xlsx loader would see them (formula results, spreadsheet row numbers). */
export function rawWorkbook(sheets: readonly FixtureSheet[], file = 'test.xlsx'): RawWorkbook {
  const workbook: RawWorkbook = { source: file, format: 'xlsx', tables: [], diagnostics: [] };
  for (const sheet of sheets) {
    const rows = sheet.rows.map((cells, index) => ({
      row: index + 1,
      cells: cells.map((cell) => (isFormula(cell) ? (cell.result as CellValue) : cell)),
    }));
    const built = buildTable({ file, sheet: sheet.name, rows }, DEFAULT_LOAD_LIMITS);
    workbook.tables.push(built.table);
    workbook.diagnostics.push(...built.diagnostics);
  }
  return workbook;
}

/** A copy of `sheets` with one sheet's rows changed by `edit` (rows include the header). */
export function withSheet(
  sheets: readonly FixtureSheet[],
  name: string,
  edit: (rows: FixtureCell[][]) => FixtureCell[][],
): FixtureSheet[] {
  return sheets.map((sheet) =>
    sheet.name === name ? { ...sheet, rows: edit(sheet.rows.map((row) => [...row])) } : sheet,
  );
}

/** A copy of `sheets` with the cell at (row, column), both 0-based with the header as row 0, set. */
export function withCell(
  sheets: readonly FixtureSheet[],
  name: string,
  row: number,
  column: number,
  value: FixtureCell,
): FixtureSheet[] {
  return withSheet(sheets, name, (rows) => {
    const target = rows[row];
    if (target === undefined) throw new Error(`${name} has no row ${row}`);
    target[column] = value;
    return rows;
  });
}
