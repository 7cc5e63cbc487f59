/**
 * The matrix grid's geometry and its filled text boxes: a header row and a header column around
 * four by four cells, separated by thin gaps, all derived from the area the slide gives it.
 */
import { splitColumns, splitRows, TYPE } from '../../compose/layout.js';
import type { Box, TextElement, TextRun } from '../../compose/spec.js';
import type { ResolvedTheme } from '../../theme/load-theme.js';
import { TEXT_INSET_IN } from './fit-text.js';
import { textColorOn } from './shading.js';

/** Header row: category line plus up to two lines of product names. */
const HEADER_ROW_H_IN = 0.72;
/** Row headers: a large letter and two short lines. */
const ROW_HEADER_W_IN = 1.6;
/** White space between grid cells. */
const CELL_GAP_IN = 0.06;
/** Estimates of text width are good to a few percent: keep this much spare on each line. */
const WIDTH_SAFETY_IN = 0.06;

export const usableWidth = (box: Box) => box.wIn - 2 * TEXT_INSET_IN - WIDTH_SAFETY_IN;
export const usableHeight = (box: Box) => box.hIn - 2 * TEXT_INSET_IN;

/** Lines of a template text as runs, one paragraph each. */
export function lineRuns(text: string, run: Omit<TextRun, 'text'>): TextRun[] {
  return text.split('\n').map((line) => ({ ...run, text: line, breakLine: true }));
}

export function textBox(
  box: Box,
  runs: TextRun[],
  theme: ResolvedTheme,
  fill: string,
  align: 'left' | 'center' = 'left',
): TextElement {
  // A break after the last paragraph would add an empty one below it.
  const paragraphs = runs.map((run, index) =>
    index === runs.length - 1 ? { ...run, breakLine: false } : run,
  );
  return {
    type: 'text',
    box,
    text: paragraphs,
    style: {
      font: 'body',
      sizePt: TYPE.tablePt,
      color: textColorOn(fill, theme),
      fill,
      align,
      valign: 'middle',
      insetIn: TEXT_INSET_IN,
    },
  };
}

export interface GridGeometry {
  corner: Box;
  columnHeaders: Box[];
  rowHeaders: Box[];
  /** Row-major, like `ProfitMatrixResult.cells`. */
  cells: Box[];
}

export function gridGeometry(area: Box): GridGeometry {
  const cellW = (area.wIn - ROW_HEADER_W_IN - 4 * CELL_GAP_IN) / 4;
  const cellH = (area.hIn - HEADER_ROW_H_IN - 4 * CELL_GAP_IN) / 4;
  const columns = splitColumns(area, [ROW_HEADER_W_IN, cellW, cellW, cellW, cellW], CELL_GAP_IN);
  const rows = splitRows(area, [HEADER_ROW_H_IN, cellH, cellH, cellH, cellH], CELL_GAP_IN);
  const at = (row: number, column: number): Box => ({
    xIn: columns[column]?.xIn ?? area.xIn,
    yIn: rows[row]?.yIn ?? area.yIn,
    wIn: columns[column]?.wIn ?? 0,
    hIn: rows[row]?.hIn ?? 0,
  });
  const four = [1, 2, 3, 4];
  return {
    corner: at(0, 0),
    columnHeaders: four.map((column) => at(0, column)),
    rowHeaders: four.map((row) => at(row, 0)),
    cells: four.flatMap((row) => four.map((column) => at(row, column))),
  };
}
