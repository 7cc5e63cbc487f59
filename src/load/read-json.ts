/**
 * Reads one JSON file: every top-level key is a table. A list of records gives one row per record
 * and one column per key; an object gives a two-column Field | Value table, like a Deck sheet.
 */
import { errorAt, type Diagnostic, type Location } from '../errors.js';
import { isEmptyCell } from './build-table.js';
import { decodeText } from './decode-text.js';
import type { CellValue, LoadLimits, RawRow, RawTable } from './raw-table.js';
import { whyNotText } from './sniff.js';
import { unreadable } from './unreadable.js';

export interface LoadedJson {
  tables: RawTable[];
  diagnostics: Diagnostic[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isJsonObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position).split(/\r\n|\r|\n/);
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** JSON.parse's message without the echoed input, plus line and column when the engine gives them. */
function syntaxProblem(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const position = /at position (\d+)/.exec(message);
  const reason = message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
  if (lineColumn) return `${reason} at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  if (position) return `${reason} at ${lineAndColumn(text, Number(position[1]))}`;
  return reason;
}

function parseJsonText(file: string, text: string): JsonObject {
  if (text.trim() === '') throw unreadable(file, 'the file is empty');
  let parsed: Json;
  try {
    parsed = JSON.parse(text) as Json;
  } catch (error) {
    throw unreadable(file, `it is not valid JSON (${syntaxProblem(text, error)})`);
  }
  if (!isJsonObject(parsed)) {
    throw unreadable(
      file,
      'the JSON must be an object whose keys are table names, e.g. {"Accounts": [ ... ]}',
    );
  }
  if (Object.keys(parsed).length === 0) throw unreadable(file, 'the JSON object has no tables');
  return parsed;
}

/** A JSON value as a cell; nested lists and objects have no place in a table cell. */
function toCell(value: Json | undefined, location: Location, diagnostics: Diagnostic[]): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const kind = Array.isArray(value) ? 'a list' : 'an object';
  diagnostics.push(
    errorAt(location, `holds ${kind}; a cell can only be text, a number, true/false or null`),
  );
  return null;
}

/** Keys such as "2025" or "1": JavaScript lists them first in an object, whatever the file says. */
const isIndexKey = (key: string): boolean => /^(?:0|[1-9]\d*)$/.test(key);

/**
 * Columns in the order of the keys. JSON.parse moves whole-number keys ("2025", "1") to the front
 * of every object, so they are put back after the other keys: `{"Account ID": .., "2025": ..}`
 * keeps Account ID as the first column, as written (a Profit policies grid needs its label first).
 */
function columnNames(records: readonly Json[]): string[] {
  const names = new Set<string>();
  for (const record of records)
    if (isJsonObject(record)) Object.keys(record).forEach((key) => names.add(key));
  const keys = [...names];
  return [...keys.filter((key) => !isIndexKey(key)), ...keys.filter(isIndexKey)];
}

function recordsTable(
  file: string,
  sheet: string,
  records: Json[],
  limits: LoadLimits,
  diagnostics: Diagnostic[],
): RawTable {
  if (records.length > limits.maxRowsPerTable) {
    const message = `the table has ${records.length} records, more than the limit of ${limits.maxRowsPerTable}; only the first ${limits.maxRowsPerTable} were read`;
    diagnostics.push(errorAt({ file, sheet }, message));
  }
  const kept = records.slice(0, limits.maxRowsPerTable);
  const names = columnNames(kept);
  const rows: RawRow[] = [];
  kept.forEach((record, index) => {
    const row = index + 1;
    if (!isJsonObject(record)) {
      diagnostics.push(
        errorAt({ file, sheet, row }, 'this record is not an object like {"Field": value, ...}'),
      );
      return;
    }
    const cells = names.map((name) =>
      toCell(record[name], { file, sheet, row, column: name }, diagnostics),
    );
    if (cells.some((cell) => !isEmptyCell(cell))) rows.push({ row, cells });
  });
  return {
    file,
    sheet,
    headerRow: 0,
    columns: names.map((name) => ({ header: name, ref: name })),
    rows,
  };
}

function fieldValueTable(
  file: string,
  sheet: string,
  object: JsonObject,
  diagnostics: Diagnostic[],
): RawTable {
  const rows: RawRow[] = Object.entries(object).map(([field, value], index) => {
    const row = index + 1;
    return { row, cells: [field, toCell(value, { file, sheet, row, column: field }, diagnostics)] };
  });
  const columns = [
    { header: 'Field', ref: 'Field' },
    { header: 'Value', ref: 'Value' },
  ];
  return { file, sheet, headerRow: 0, columns, rows };
}

export function readJson(file: string, bytes: Uint8Array, limits: LoadLimits): LoadedJson {
  const notText = whyNotText(bytes);
  if (notText !== undefined) throw unreadable(file, notText);
  const root = parseJsonText(file, decodeText(bytes).text);
  const tables: RawTable[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [sheet, value] of Object.entries(root)) {
    if (Array.isArray(value)) tables.push(recordsTable(file, sheet, value, limits, diagnostics));
    else if (isJsonObject(value)) tables.push(fieldValueTable(file, sheet, value, diagnostics));
    else {
      const message =
        'must be a list of records [ {...}, ... ] or an object of fields { "Field": value }';
      diagnostics.push(errorAt({ file, sheet }, message));
    }
  }
  return { tables, diagnostics };
}
