/**
 * One contract sheet as a fill-in worksheet: a styled, frozen header row with a note per header,
 * column widths and number formats, drop-downs and bounds on the rows below, and the example rows
 * in grey italics (or none, for a blank workbook).
 */
import type ExcelJS from 'exceljs';
import { describeAcceptedValues } from '../contract/describe.js';
import type { ColumnContract, ExampleCell, SheetContract } from '../contract/types.js';
import { numberFormat, validationRule, type RuleSource } from './excel-rules.js';
import {
  EXAMPLE_FONT,
  HEADER_FILL,
  headerFont,
  OPTIONAL_HEADER_FILL,
  PRINT_FIT_WIDTH,
} from './styles.js';

/** Rows below the header that get drop-downs and formats: room for a large portfolio. */
export const PREPARED_ROWS = 2000;

/** A column as written: header, format, rules, width and the note shown on its header. */
interface WrittenColumn extends RuleSource {
  required: boolean;
  /** A header of the user's own choosing (a period, a criterion): written as an example. */
  example: boolean;
  note: string;
  width: number;
}

/** Wide enough for the bold header on one line, at least the contract's width. */
function widthOf(column: { header: string; width?: number | undefined }): number {
  return Math.max(column.width ?? 10, Math.min(40, column.header.length + 4));
}

function noteFor(
  column: ColumnContract | undefined,
  description: string,
  rule: RuleSource,
): string {
  const required = column?.required === true ? 'Required. ' : '';
  return `${required}${description} Accepts ${describeAcceptedValues(rule)}.`;
}

/** Fixed columns, then the example headers of the user-chosen columns (periods, criteria...). */
export function writtenColumns(sheet: SheetContract): WrittenColumn[] {
  const fixed = sheet.columns.map((column) => ({
    header: column.header,
    format: column.format,
    accepted: column.accepted,
    range: column.range,
    required: column.required,
    example: false,
    note: noteFor(column, column.description, column),
    width: widthOf(column),
  }));
  const more = sheet.more;
  if (more === undefined) return fixed;
  const extra = more.exampleHeaders.map((header) => {
    const rule = { header, format: more.format, accepted: more.accepted, range: more.range };
    return {
      ...rule,
      required: false,
      example: true,
      note: `Example header: rename it and add more columns like it. ${noteFor(undefined, more.description, rule)}`,
      width: widthOf({ header, width: more.width }),
    };
  });
  return [...fixed, ...extra];
}

function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** exceljs keeps sheet-level validations in an untyped property; this is its one typed door. */
function addValidation(
  worksheet: ExcelJS.Worksheet,
  range: string,
  rule: ExcelJS.DataValidation,
): void {
  const holder = worksheet as unknown as {
    dataValidations: { add: (address: string, rule: ExcelJS.DataValidation) => void };
  };
  holder.dataValidations.add(range, rule);
}

function writeHeader(worksheet: ExcelJS.Worksheet, columns: readonly WrittenColumn[]): void {
  columns.forEach((column, index) => {
    const cell = worksheet.getCell(1, index + 1);
    cell.value = column.header;
    cell.font = { ...headerFont(), italic: column.example };
    cell.fill = column.required ? HEADER_FILL : OPTIONAL_HEADER_FILL;
    cell.alignment = { vertical: 'middle' };
    cell.note = column.note;
  });
  worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  worksheet.pageSetup = PRINT_FIT_WIDTH;
}

function prepareColumns(worksheet: ExcelJS.Worksheet, columns: readonly WrittenColumn[]): void {
  columns.forEach((column, index) => {
    const sheetColumn = worksheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    const format = numberFormat(column.format);
    if (format !== undefined) sheetColumn.numFmt = format;
    const rule = validationRule(column);
    const letter = columnLetter(index);
    if (rule !== undefined)
      addValidation(worksheet, `${letter}2:${letter}${PREPARED_ROWS + 1}`, rule);
  });
}

function writeRow(
  worksheet: ExcelJS.Worksheet,
  rowNumber: number,
  columns: readonly WrittenColumn[],
  values: Readonly<Record<string, ExampleCell>>,
): void {
  columns.forEach((column, index) => {
    const value = values[column.header] ?? null;
    if (value === null) return;
    const cell = worksheet.getCell(rowNumber, index + 1);
    cell.value = value;
    cell.font = EXAMPLE_FONT;
    const format = numberFormat(column.format);
    if (format !== undefined) cell.numFmt = format;
    if (typeof value === 'string' && value.includes('\n')) {
      cell.alignment = { wrapText: true, vertical: 'top' };
      const lines = value.split('\n').length;
      const row = worksheet.getRow(rowNumber);
      row.height = Math.max(row.height ?? 0, 15 * lines);
    }
  });
}

/** A Field | Value sheet: the field names stay in a blank workbook, only the values go. */
function writeFields(worksheet: ExcelJS.Worksheet, sheet: SheetContract, blank: boolean): void {
  (sheet.fields ?? []).forEach((field, index) => {
    const row = index + 2;
    const name = worksheet.getCell(row, 1);
    name.value = field.field;
    name.note = `${field.description} Accepts ${describeAcceptedValues(field)}.`;
    const value = worksheet.getCell(row, 2);
    const format = numberFormat(field.format);
    if (format !== undefined && field.format !== 'text') value.numFmt = format;
    const rule = validationRule({ ...field, header: field.field });
    if (rule !== undefined) addValidation(worksheet, `B${row}`, rule);
    if (!blank && field.example !== null) {
      value.value = field.example;
      value.font = EXAMPLE_FONT;
    }
  });
}

export function writeContractSheet(
  workbook: ExcelJS.Workbook,
  sheet: SheetContract,
  blank: boolean,
): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(sheet.name);
  const columns = writtenColumns(sheet);
  writeHeader(worksheet, columns);
  if (sheet.fields !== undefined) {
    columns.forEach((column, index) => (worksheet.getColumn(index + 1).width = column.width));
    writeFields(worksheet, sheet, blank);
    return worksheet;
  }
  prepareColumns(worksheet, columns);
  if (!blank) sheet.examples.forEach((row, index) => writeRow(worksheet, index + 2, columns, row));
  return worksheet;
}
