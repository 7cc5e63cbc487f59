/** Table conventions shared by slide builders: header cells and the theme's table style. */
import type { ResolvedTheme } from '../theme/load-theme.js';
import { TYPE } from './layout.js';
import type { TableCell, TableElement } from './spec.js';

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
