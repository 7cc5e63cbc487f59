/**
 * Reads an .xlsx/.xlsm workbook: each worksheet becomes one RawTable. kamdeck reads the zip and
 * the XML itself, on bytes, so a 100,000-account workbook loads in seconds and in the memory of one
 * sheet at a time:
 *
 *   bytes ─▶ zip guard (sizes checked before anything is inflated)
 *         ─▶ xl/workbook.xml + rels (sheet names, tab order, 1904 dates) ─▶ styles, shared strings
 *         ─▶ for each worksheet: inflate a megabyte at a time ─▶ scan ─▶ Grid ─▶ buildTable
 */
import type { Diagnostic } from '../errors.js';
import { isKamdeckError } from '../errors.js';
import { buildTable } from './build-table.js';
import type { LoadLimits, RawTable } from './raw-table.js';
import { whyNotXlsx } from './sniff.js';
import { unreadable } from './unreadable.js';
import { readCellStyles } from './xlsx-number-formats.js';
import { readSharedStrings } from './xlsx-shared-strings.js';
import { readSheetGrid, type WorkbookContext } from './xlsx-sheet-grid.js';
import { readWorkbookInfo, type WorkbookSheet } from './xlsx-workbook.js';
import { DamagedXml } from './xml-text.js';
import { openZipWithinLimit, type ZipArchive } from './zip-guard.js';

const DAMAGED =
  'the workbook is damaged or is not an Excel workbook; open it in Excel, save it again as .xlsx and retry';
const NO_WORKSHEETS = 'the workbook has no worksheets (is it really an Excel workbook?)';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';

export interface LoadedTables {
  tables: RawTable[];
  diagnostics: Diagnostic[];
}

function textPart(zip: ZipArchive, name: string): string | undefined {
  return zip.read(name)?.toString('utf8');
}

/** Any failure but a located one means the file is not the workbook it claims to be. */
function damaged(file: string, error: unknown, otherwise = DAMAGED): never {
  if (isKamdeckError(error)) throw error;
  throw unreadable(file, error instanceof DamagedXml ? DAMAGED : otherwise);
}

/** The worksheets in tab order, after proving every other zip entry sound. */
function worksheetsOf(zip: ZipArchive): { sheets: WorkbookSheet[]; date1904: boolean } {
  const workbook = readWorkbookInfo(textPart(zip, WORKBOOK), textPart(zip, WORKBOOK_RELS));
  const sheets = workbook.sheets.filter((sheet) => zip.has(sheet.part));
  const parts = [WORKBOOK, WORKBOOK_RELS, STYLES, SHARED_STRINGS, ...sheets.map((s) => s.part)];
  zip.verifyOthers(new Set(parts));
  return { sheets, date1904: workbook.date1904 };
}

interface OpenedWorkbook {
  zip: ZipArchive;
  sheets: WorkbookSheet[];
  context: WorkbookContext;
}

function openWorkbook(file: string, bytes: Buffer, limits: LoadLimits): OpenedWorkbook {
  const notZip = whyNotXlsx(bytes);
  if (notZip !== undefined) throw unreadable(file, notZip);
  const zip = openZipWithinLimit(file, bytes, limits.maxUncompressedBytes);
  try {
    const { sheets, date1904 } = worksheetsOf(zip);
    if (sheets.length === 0) throw unreadable(file, NO_WORKSHEETS);
    const context: WorkbookContext = {
      sharedStrings: readSharedStrings(zip.read(SHARED_STRINGS)),
      styles: readCellStyles(textPart(zip, STYLES)),
      date1904,
    };
    return { zip, sheets, context };
  } catch (error) {
    return damaged(file, error);
  }
}

/**
 * Reads every worksheet of the workbook in `bytes`, in tab order. Hidden and very hidden
 * worksheets are read like the others (their data is part of the workbook); chart sheets have no
 * cells and are left out.
 */
export async function readXlsx(
  file: string,
  bytes: Buffer,
  limits: LoadLimits,
): Promise<LoadedTables> {
  const { zip, sheets, context } = openWorkbook(file, bytes, limits);
  const tables: RawTable[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const sheet of sheets) {
    try {
      const chunks = zip.chunks(sheet.part);
      if (chunks === undefined) continue;
      const built = buildTable(await readSheetGrid(file, sheet.name, context, chunks), limits);
      tables.push(built.table);
      diagnostics.push(...built.diagnostics);
    } catch (error) {
      const reason = `sheet "${sheet.name}" cannot be read; open the file in Excel, save it again as .xlsx and retry`;
      damaged(file, error, reason);
    }
  }
  return { tables, diagnostics };
}
