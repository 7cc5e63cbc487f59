/**
 * Writes a seeded synthetic key-account workbook of any size with exceljs's streaming
 * WorkbookWriter: rows are committed as they are generated (a normal in-memory write of 100,000
 * accounts peaks near 2 GB; this stays near 200 MB). Same size, divisions and seed → same cells.
 *
 * Run: `npx tsx test/bench/synthetic-workbook.ts <accounts> <out.xlsx> [divisions] [seed]`
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { AS_OF, buildAccountBook, type AccountBook } from './synthetic-accounts.js';
import { DETAIL_SHEETS } from './synthetic-detail-sheets.js';
import { ACCOUNT_SHEETS, type SyntheticSheet } from './synthetic-sheets.js';

export interface SyntheticOptions {
  accounts: number;
  /** Distinct values of the Accounts sheet's Division column (batch --by division groups). */
  divisions?: number;
  seed?: number;
}

export const DEFAULT_BENCH_SEED = 2026;

/** Deck first, then the per-account sheets, then the detail sheets (the order people use). */
const SHEET_ORDER = [DETAIL_SHEETS[0], ...ACCOUNT_SHEETS, ...DETAIL_SHEETS.slice(1)].filter(
  (sheet): sheet is SyntheticSheet => sheet !== undefined,
);

function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: SyntheticSheet,
  book: AccountBook,
): number {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  worksheet.columns = sheet.columns.map((column) => ({
    header: column.header,
    width: column.width,
    ...(column.numFmt === undefined ? {} : { style: { numFmt: column.numFmt } }),
  }));
  let rows = 0;
  for (const values of sheet.rows(book)) {
    // exceljs writes null as an empty cell; its typings want undefined for "no value".
    worksheet.addRow(values.map((value) => value ?? undefined)).commit();
    rows += 1;
  }
  worksheet.commit();
  return rows;
}

/** Writes the workbook and returns the number of data rows per sheet. */
export async function writeSyntheticWorkbook(
  path: string,
  options: SyntheticOptions,
): Promise<Record<string, number>> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const book = buildAccountBook(
    options.accounts,
    options.divisions ?? 6,
    options.seed ?? DEFAULT_BENCH_SEED,
  );
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: true,
  });
  workbook.created = AS_OF;
  workbook.modified = AS_OF;
  const counts: Record<string, number> = {};
  for (const sheet of SHEET_ORDER) counts[sheet.name] = writeSheet(workbook, sheet, book);
  await workbook.commit();
  return counts;
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (invokedDirectly) {
  const [accounts, out, divisions, seed] = process.argv.slice(2);
  if (accounts === undefined || out === undefined) {
    console.error('usage: synthetic-workbook.ts <accounts> <out.xlsx> [divisions] [seed]');
    process.exit(2);
  }
  const counts = await writeSyntheticWorkbook(out, {
    accounts: Number(accounts),
    ...(divisions === undefined ? {} : { divisions: Number(divisions) }),
    ...(seed === undefined ? {} : { seed: Number(seed) }),
  });
  console.log(`Wrote ${out}: ${JSON.stringify(counts)}`);
}
