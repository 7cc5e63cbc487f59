/**
 * Reads one CSV/TSV file into a RawTable. Cells stay strings: whether "1.234" is a thousand or a
 * fraction depends on the deck's locale, which validation knows and the loader does not.
 */
import { errorAt, type Diagnostic } from '../errors.js';
import { buildTable, type Grid, type GridRow } from './build-table.js';
import { detectSeparator, parseCsv } from './csv-parse.js';
import { decodeText } from './decode-text.js';
import type { LoadLimits, RawTable } from './raw-table.js';
import { whyNotText } from './sniff.js';
import { unreadable } from './unreadable.js';

export { detectSeparator, parseCsv, type Separator } from './csv-parse.js';
export { decodeText, type DecodedText } from './decode-text.js';

export interface LoadedCsv {
  table: RawTable;
  diagnostics: Diagnostic[];
}

function toGridRows(records: readonly string[][]): GridRow[] {
  return records.map((fields, index) => ({
    row: index + 1,
    cells: fields.map((field) => (field.trim() === '' ? null : field)),
  }));
}

export function readCsv(
  file: string,
  bytes: Uint8Array,
  sheet: string,
  limits: LoadLimits,
): LoadedCsv {
  const notText = whyNotText(bytes);
  if (notText !== undefined) throw unreadable(file, notText);
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '') throw unreadable(file, 'the file is empty');
  const separator = detectSeparator(text);
  const parsed = parseCsv(text, separator);
  const grid: Grid = { file, sheet, rows: toGridRows(parsed.records) };
  const built = buildTable(grid, limits);
  const diagnostics = [...built.diagnostics];
  if (parsed.unclosedQuoteRecord !== undefined) {
    const message =
      'a quoted field opens here and is never closed, so the rest of the file was read as one cell; add the missing closing quote (")';
    diagnostics.unshift(errorAt({ file, sheet, row: parsed.unclosedQuoteRecord }, message));
  }
  return { table: { ...built.table, csv: { separator, encoding } }, diagnostics };
}
