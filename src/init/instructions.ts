/**
 * The Instructions sheet: how to go from this workbook to a deck, then one line per sheet and per
 * column — what it feeds, whether it is required, what it holds and what it accepts. kamdeck never
 * reads this sheet back.
 */
import type ExcelJS from 'exceljs';
import { describeAcceptedValues } from '../contract/describe.js';
import { INSTRUCTIONS_SHEET } from '../contract/registry.js';
import type { SheetContract } from '../contract/types.js';
import { BOLD_FONT, HEADER_FILL, headerFont, PRINT_FIT_WIDTH, TITLE_FONT } from './styles.js';

const STEPS = [
  '1. Fill in the sheets below (only Accounts is required). Sheet and column names must stay as they are.',
  '2. Check the workbook: kamdeck validate <this file>   — every problem is listed with its cell, e.g. Scores!D14.',
  '3. Build the deck: kamdeck build <this file> -o deck.pptx',
  '',
  'Rows in grey italics are examples (accounts EX-001 to EX-003): overwrite or delete them.',
  'Dark headers are required columns, lighter ones optional; hover over a header to read what it holds.',
  'A sheet you do not need can be deleted or left with only its header row: its slides are then left out.',
  'Drop-downs suggest the accepted values. Numbers and dates follow the Locale of the Deck sheet (1,234.50 for en-US, 1.234,50 for it-IT).',
];

const TABLE_HEADER = ['Sheet', 'Column', 'Required', 'What it holds', 'Accepts', 'Feeds slides'];
const WIDTHS = [18, 28, 16, 70, 48, 26];

function sheetRow(sheet: SheetContract): string[] {
  return [
    sheet.name,
    '',
    sheet.required ? 'sheet required' : 'optional sheet',
    [sheet.purpose, ...(sheet.notes ?? [])].join(' '),
    '',
    sheet.feeds.join(', '),
  ];
}

function columnRows(sheet: SheetContract): string[][] {
  const columns = sheet.columns.map((column) => [
    '',
    column.header,
    column.required ? 'yes' : '',
    column.description,
    describeAcceptedValues(column),
    '',
  ]);
  const fields = (sheet.fields ?? []).map((field) => [
    '',
    `  ${field.field}`,
    '',
    field.description,
    describeAcceptedValues(field),
    '',
  ]);
  const more =
    sheet.more === undefined
      ? []
      : [
          [
            '',
            `(more columns, e.g. ${sheet.more.exampleHeaders.join(', ')})`,
            '',
            sheet.more.description,
            describeAcceptedValues(sheet.more),
            '',
          ],
        ];
  return [...columns, ...fields, ...more];
}

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/**
 * Wrapped text does not grow its row by itself (Excel fits rows only when it edits them, and
 * LibreOffice not at all), so the height is set from the longest cell: characters per line ≈ width.
 */
function rowHeight(values: readonly string[]): number {
  const lines = values.map((text, column) => {
    const perLine = Math.max(1, (WIDTHS[column] ?? 10) - 2);
    return Math.max(1, Math.ceil((text.length * 1.1) / perLine));
  });
  return LINE_HEIGHT * Math.max(...lines);
}

export function writeInstructions(
  workbook: ExcelJS.Workbook,
  contract: readonly SheetContract[],
): void {
  const worksheet = workbook.addWorksheet(INSTRUCTIONS_SHEET.name);
  WIDTHS.forEach((width, index) => (worksheet.getColumn(index + 1).width = width));
  const title = worksheet.getCell(1, 1);
  title.value = 'kamdeck input workbook';
  title.font = TITLE_FONT;
  STEPS.forEach((line, index) => (worksheet.getCell(index + 2, 1).value = line || null));
  const headerRow = STEPS.length + 3;
  TABLE_HEADER.forEach((text, index) => {
    const cell = worksheet.getCell(headerRow, index + 1);
    cell.value = text;
    cell.font = headerFont();
    cell.fill = HEADER_FILL;
  });
  let row = headerRow + 1;
  for (const sheet of contract) {
    for (const [index, values] of [sheetRow(sheet), ...columnRows(sheet)].entries()) {
      values.forEach((value, column) => {
        const cell = worksheet.getCell(row, column + 1);
        cell.value = value === '' ? null : value;
        cell.alignment = { vertical: 'top', wrapText: true };
        if (index === 0) cell.font = BOLD_FONT;
      });
      worksheet.getRow(row).height = rowHeight(values);
      row += 1;
    }
  }
  worksheet.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow }];
  worksheet.pageSetup = PRINT_FIT_WIDTH;
}
