/**
 * What every loader produces: tables of raw cell values with their positions, before any
 * interpretation. xlsx, a CSV folder and JSON all end here, so validation has one input shape.
 */
import type { Diagnostic } from '../errors.js';

/** A cell as found. CSV cells are strings (or null when empty); xlsx keeps numbers, dates, booleans. */
export type CellValue = string | number | boolean | Date | null;

export type InputFormat = 'xlsx' | 'csv' | 'json';

export interface RawColumn {
  /** Header text as written (trimmed). */
  header: string;
  /** Column letter in a sheet or CSV ("C"), property name in JSON. */
  ref: string;
}

export interface RawRow {
  /** Row number the user sees: spreadsheet row (1-based), or record number (1-based) in JSON. */
  row: number;
  /** Values aligned with `RawTable.columns`. */
  cells: CellValue[];
  /**
   * xlsx only, and only when some cell in the row has a percentage number format: `true` at the
   * index of each such cell. Lets validation read 0.15 formatted as "15%" as a fraction for sure.
   */
  percentFormat?: boolean[];
}

/** How a CSV file was read; reported so a user can tell why accents or columns look wrong. */
export interface CsvInfo {
  separator: ',' | ';' | '\t';
  encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
}

export interface RawTable {
  /** File the table came from, as the user named it (the CSV file itself for a CSV folder). */
  file: string;
  /** Sheet name as written (the CSV file name without extension; the JSON key). */
  sheet: string;
  /** Row number of the header row (1-based); 0 for JSON. */
  headerRow: number;
  columns: RawColumn[];
  /** Data rows below the header; fully empty rows are dropped. */
  rows: RawRow[];
  /** Present for tables read from a CSV file. */
  csv?: CsvInfo;
}

export interface RawWorkbook {
  /** The input path as the user gave it. */
  source: string;
  format: InputFormat;
  tables: RawTable[];
  /** Problems found while reading (warnings such as ignored hidden rows, or errors). */
  diagnostics: Diagnostic[];
}

export interface LoadLimits {
  /** Largest input file accepted, in bytes. */
  maxInputBytes: number;
  /** Most data rows accepted in one table. */
  maxRowsPerTable: number;
  /** Largest total uncompressed size of an xlsx zip, in bytes (zip-bomb guard). */
  maxUncompressedBytes: number;
}

export const DEFAULT_LOAD_LIMITS: LoadLimits = {
  maxInputBytes: 256 * 1024 * 1024,
  maxRowsPerTable: 1_000_000,
  maxUncompressedBytes: 1024 * 1024 * 1024,
};
