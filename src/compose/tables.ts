/** Table conventions shared by slide builders: header cells and the theme's table style. */
import type { ResolvedTheme } from '../theme/load-theme.js';
import { TYPE } from './layout.js';
import type { TableCell, TableElement } from './spec.js';
import { textWidthIn, truncateToWidth } from './text-fit.js';

/** Row height of a one-line table row at TYPE.tablePt. */
export const TABLE_ROW_H_IN = 0.3;

export function headerCell(text: string, align: TableCell['align'] = 'center'): TableCell {
  return { text, bold: true, align };
}

export function tableStyle(
  theme: ResolvedTheme,
  rowHeightIn = TABLE_ROW_H_IN,
): TableElement['style'] {
  return {
    font: 'body',
    sizePt: TYPE.tablePt,
    color: theme.colors.dark1,
    headerFill: theme.colors.dark2,
    headerColor: theme.colors.light1,
    borderColor: theme.neutrals.grid,
    rowHeightIn,
  };
}

/** Scales column weights to a total width in inches. */
export function columnWidths(weights: readonly number[], totalWIn: number): number[] {
  const sum = weights.reduce((total, weight) => total + weight, 0);
  return weights.map((weight) => (weight / sum) * totalWIn);
}

/** Text inset of a table cell, both sides together, plus room for the width estimate's error. */
const CELL_PAD_IN = 0.2;

function widestWord(text: string, sizePt: number): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => textWidthIn(word, sizePt, true)));
}

/**
 * Widens columns whose cells would wrap (money in another locale is longer: "178,5K USD" against
 * "$178.5K"), taking the room from the flexible column, whose texts (names) are then shortened
 * with an ellipsis to its final width. Headers may wrap between words, never inside one.
 */
export function fitColumns(
  rows: readonly TableCell[][],
  widths: readonly number[],
  flexIndex: number,
  sizePt: number = TYPE.tablePt,
): { widths: number[]; rows: TableCell[][] } {
  const [header = [], ...body] = rows;
  const needed = widths.map((width, index) => {
    if (index === flexIndex) return width;
    const cells = body.map((row) => row[index]);
    const content = cells.map((cell) =>
      cell === undefined ? 0 : textWidthIn(cell.text, sizePt, cell.bold === true),
    );
    const label = widestWord(header[index]?.text ?? '', sizePt);
    return Math.max(width, ...content.map((w) => w + CELL_PAD_IN), label + CELL_PAD_IN);
  });
  const extra = needed.reduce((sum, width, index) => sum + width - (widths[index] ?? 0), 0);
  const fitted = needed.map((width, index) => (index === flexIndex ? width - extra : width));
  const flexW = (fitted[flexIndex] ?? 0) - CELL_PAD_IN;
  const shortened = body.map((row) =>
    row.map((cell, index) =>
      index === flexIndex ? { ...cell, text: truncateToWidth(cell.text, flexW, sizePt) } : cell,
    ),
  );
  return { widths: fitted, rows: [header, ...shortened] };
}
