/**
 * Errors and diagnostics: one place for what kamdeck tells a user when something is wrong.
 *
 * The library never prints and never exits. Problems in the user's input are collected as
 * `Diagnostic` values (errors and warnings, each with a location) and, when any error remains,
 * thrown together in one `KamdeckError`. Only the CLI turns that into stderr text and an exit code.
 */

/** Where in the user's input a problem sits. Rows are 1-based as the user sees them. */
export interface Location {
  /** The file as the user named it (or the CSV file inside a folder). */
  file: string;
  sheet?: string;
  /** Spreadsheet row number (1-based), or the 1-based record number in JSON. */
  row?: number;
  /** Column letter (xlsx, CSV) or property name (JSON). */
  column?: string;
  /** The header text found above the cell, when there is one. */
  header?: string;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  message: string;
  location?: Location;
}

/** Why a run failed; each code maps to one exit code in the CLI. */
export const ERROR_CODES = {
  INPUT_NOT_FOUND: 'input file or folder not found',
  INPUT_UNREADABLE: 'input file cannot be read as a workbook',
  INPUT_INVALID: 'input data is invalid',
  OUTPUT_UNWRITABLE: 'output cannot be written',
  THEME_INVALID: 'theme is invalid',
  TEMPLATE_INVALID: 'template is invalid',
  USAGE: 'invalid options',
  RENDERER_MISSING: 'LibreOffice or poppler-utils is not installed (preview)',
  RENDER_FAILED: 'LibreOffice or poppler-utils failed to render the deck (preview)',
  INTERRUPTED: 'interrupted by the user',
  INTERNAL: 'internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class KamdeckError extends Error {
  readonly code: ErrorCode;
  readonly diagnostics: readonly Diagnostic[];

  constructor(code: ErrorCode, message: string, diagnostics: readonly Diagnostic[] = []) {
    super(message);
    this.name = 'KamdeckError';
    this.code = code;
    this.diagnostics = diagnostics;
  }
}

export function isKamdeckError(value: unknown): value is KamdeckError {
  return value instanceof KamdeckError;
}

/** `Revenue!C7` for a sheet cell, `Accounts row 4` when the column is unknown. */
export function formatCellRef(location: Location): string {
  const { sheet, row, column } = location;
  if (sheet === undefined) return row === undefined ? '' : `row ${row}`;
  if (row !== undefined && column !== undefined && /^[A-Z]{1,3}$/.test(column)) {
    return `${sheet}!${column}${row}`;
  }
  const parts = [sheet];
  if (row !== undefined) parts.push(`row ${row}`);
  if (column !== undefined) parts.push(`"${column}"`);
  return parts.join(' ');
}

/** `sample.xlsx, Revenue!C7 (column "2025")` — file, cell and the header the user wrote. */
export function formatLocation(location: Location): string {
  const cell = formatCellRef(location);
  const showHeader =
    location.header !== undefined && location.header !== '' && location.header !== location.column;
  const header = showHeader ? ` (column "${location.header}")` : '';
  return cell === '' ? location.file : `${location.file}, ${cell}${header}`;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.location ? `${formatLocation(diagnostic.location)}: ` : '';
  return `${diagnostic.severity}: ${where}${diagnostic.message}`;
}

/** Quotes a user value for a message: strings in quotes, dates as ISO, long values shortened. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'an empty cell';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? value : String(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return typeof value === 'string' ? `"${short}"` : short;
}

export function errorAt(location: Location | undefined, message: string): Diagnostic {
  return location === undefined
    ? { severity: 'error', message }
    : { severity: 'error', message, location };
}

export function warningAt(location: Location | undefined, message: string): Diagnostic {
  return location === undefined
    ? { severity: 'warning', message }
    : { severity: 'warning', message, location };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
