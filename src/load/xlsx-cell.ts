/**
 * One exceljs cell → one CellValue. Keeps what Excel shows (the cached result of a formula, the
 * text of a link or of rich text) and reports cells whose value cannot be trusted.
 */
import ExcelJS from 'exceljs';
import type { CellProblem, GridRow } from './build-table.js';
import type { CellValue } from './raw-table.js';

export interface ConvertedCell {
  value: CellValue;
  /** Why the cell has no usable value; the reader turns it into an error at the cell. */
  problem?: string;
}

type ExcelValue = ExcelJS.CellValue;
type ExcelError = ExcelJS.CellErrorValue['error'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

function blankToNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}

function richTextToString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isObject(value) && Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (isObject(run) && typeof run.text === 'string' ? run.text : ''))
      .join('');
  }
  return value === null || value === undefined ? '' : String(value);
}

function errorProblem(error: ExcelError): string {
  return `the cell shows the error ${error}; fix it in Excel or clear the cell`;
}

function plain(value: string | number | boolean | Date): ConvertedCell {
  if (typeof value === 'string') return { value: blankToNull(value) };
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return { value: null, problem: 'the cell holds an invalid number' };
  }
  if (value instanceof Date && Number.isNaN(value.getTime())) {
    return { value: null, problem: 'the cell holds an invalid date' };
  }
  return { value };
}

/** A formula is read through its cached result: kamdeck never recalculates. */
function formulaResult(cell: ExcelJS.Cell, result: unknown): ConvertedCell {
  // The streaming reader does not expand shared formulas: their other cells have no text.
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
  if (
    typeof result === 'string' ||
    typeof result === 'number' ||
    typeof result === 'boolean' ||
    result instanceof Date
  ) {
    return plain(result);
  }
  return { value: null, problem: `formula ${formula} has a result kamdeck cannot read` };
}

function objectValue(cell: ExcelJS.Cell, value: Record<string, unknown>): ConvertedCell {
  if ('formula' in value || 'sharedFormula' in value) return formulaResult(cell, value.result);
  if (typeof value.error === 'string') {
    return { value: null, problem: errorProblem(value.error as ExcelError) };
  }
  if (Array.isArray(value.richText)) return { value: blankToNull(richTextToString(value)) };
  if ('hyperlink' in value) return { value: blankToNull(richTextToString(value.text)) };
  return { value: null, problem: 'the cell holds a value kamdeck cannot read' };
}

function convertValue(cell: ExcelJS.Cell, value: ExcelValue): ConvertedCell {
  if (value === null || value === undefined) return { value: null };
  if (value instanceof Date || typeof value !== 'object') return plain(value);
  return objectValue(cell, value as unknown as Record<string, unknown>);
}

/**
 * exceljs gives every cell of a merged range the master's value. A header or value merged down
 * (same column) belongs to each row it covers; a value merged across belongs only to the first
 * column, otherwise one header "Notes" over C:D would become two columns named "Notes".
 */
export function convertCell(cell: ExcelJS.Cell): ConvertedCell {
  if (cell.type === ExcelJS.ValueType.Merge) {
    const master = cell.master;
    if (master.col !== cell.col) return { value: null };
    // The master cell reports its own problem; repeating it on every merged row adds nothing.
    return { value: convertValue(master, master.value).value };
  }
  return convertValue(cell, cell.value);
}

/** True when the number format shows the value as a percentage ("0.0%"), ignoring quoted text. */
export function hasPercentFormat(cell: ExcelJS.Cell): boolean {
  const format = cell.numFmt;
  return typeof format === 'string' && format.replace(/"[^"]*"/g, '').includes('%');
}

/** One worksheet row (full or streaming reader) as a GridRow; unreadable cells go to `problems`. */
export function readRow(row: ExcelJS.Row, problems: CellProblem[]): GridRow {
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
