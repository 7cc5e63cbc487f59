/**
 * Reads an .xlsx/.xlsm workbook with exceljs: each worksheet becomes one RawTable. The bytes are
 * checked first (right kind of file, zip sizes within limits) so exceljs only sees a plausible zip.
 */
import ExcelJS from 'exceljs';
import type { Diagnostic } from '../errors.js';
import { buildTable, type CellProblem, type Grid, type GridRow } from './build-table.js';
import type { LoadLimits, RawTable } from './raw-table.js';
import { streamXlsxTables } from './read-xlsx-stream.js';
import { unreadable, withUnreadableGuard } from './unreadable.js';
import { readRow } from './xlsx-cell.js';
import { sheetLayoutCollector } from './xlsx-layout.js';
import { whyNotXlsx } from './sniff.js';
import { assertZipWithinLimit } from './zip-guard.js';

const DAMAGED =
  'the workbook is damaged or is not an Excel workbook; open it in Excel, save it again as .xlsx and retry';
const NO_WORKSHEETS = 'the workbook has no worksheets (is it really an Excel workbook?)';

export interface LoadedTables {
  tables: RawTable[];
  diagnostics: Diagnostic[];
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
  await withUnreadableGuard(file, DAMAGED, async () => {
    // exceljs's typings ask for its own Buffer alias; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  });
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
  const streaming = bytes.length > limits.streamAboveBytes;
  const layout = sheetLayoutCollector();
  assertZipWithinLimit(
    file,
    bytes,
    limits.maxUncompressedBytes,
    streaming ? layout.inspect : undefined,
  );
  if (streaming) {
    const layouts = layout.layouts();
    // exceljs's stream reader fails on some valid files (sheets zipped before xl/workbook.xml) and
    // finds worksheets only by their usual part names (sheet1.xml, …): such a workbook is read
    // whole instead, and the full reader reports it if it really is damaged.
    const streamed = await streamXlsxTables(
      file,
      bytes,
      limits,
      layouts,
      layout.numberFormats(),
    ).catch(() => undefined);
    if (streamed && [...layouts.keys()].every((sheet) => streamed.sheets.includes(sheet))) {
      if (streamed.tables.length === 0) throw unreadable(file, NO_WORKSHEETS);
      return { tables: streamed.tables, diagnostics: streamed.diagnostics };
    }
  }
  const workbook = await openWorkbook(file, bytes);
  if (workbook.worksheets.length === 0) throw unreadable(file, NO_WORKSHEETS);
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
