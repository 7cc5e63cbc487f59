/** The look of the written workbook: one place for fonts and fills. */
import type ExcelJS from 'exceljs';

const WHITE = 'FFFFFFFF';

/** Required columns: dark; optional ones: lighter, so the must-fill columns stand out. */
export const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FF1F3864' },
};
export const OPTIONAL_HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FF5B7DB1' },
};

export function headerFont(): Partial<ExcelJS.Font> {
  return { bold: true, color: { argb: WHITE } };
}

/** Example rows are grey italics: visibly not the user's data. */
export const EXAMPLE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF7F7F7F' } };

export const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14 };
export const BOLD_FONT: Partial<ExcelJS.Font> = { bold: true };

/** Printed landscape, every column on one page wide. */
export const PRINT_FIT_WIDTH: Partial<ExcelJS.PageSetup> = {
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};
