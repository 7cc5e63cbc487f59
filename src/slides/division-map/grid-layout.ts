/**
 * Geometry of the division grid inside the slide body: a header row of offering names, one row per
 * client division, the division names on the left, a whitespace summary on the right and the
 * legend at the foot. Capacities decide how the grid pages: by rows (divisions), and by columns
 * when there are more offerings than fit at a legible cell width.
 */
import { bodyBox } from '../../compose/layout.js';
import type { Box } from '../../compose/spec.js';

export const HEADER_H_IN = 0.5;
export const LEGEND_H_IN = 0.28;
export const BAND_GAP_IN = 0.1;
/** Two lines of cell text (status and value) at 9–10 pt need this much. */
export const ROW_H_MIN_IN = 0.44;
export const ROW_H_MAX_IN = 0.62;
export const CELL_W_MIN_IN = 0.95;
const CELL_W_MAX_IN = 1.9;
/** White space between neighbouring cells, so the grid reads as tiles. */
export const CELL_GAP_IN = 0.04;
const DIVISION_W_IN = 2.1;
const SUMMARY_W_IN = 1.35;
const COLUMN_GAP_IN = 0.12;

export interface GridLayout {
  division: { xIn: number; wIn: number };
  /** Left edge of each offering column and their common width. */
  cellXs: number[];
  cellWIn: number;
  summary: { xIn: number; wIn: number };
  headerYIn: number;
  rowsTopIn: number;
  rowHIn: number;
  legend: Box;
}

function rowsArea(): number {
  return bodyBox().hIn - HEADER_H_IN - LEGEND_H_IN - 2 * BAND_GAP_IN;
}

function cellsArea(): number {
  return bodyBox().wIn - DIVISION_W_IN - SUMMARY_W_IN - 2 * COLUMN_GAP_IN;
}

/** Most division rows on one slide at the minimum row height. */
export function rowsPerSlide(): number {
  return Math.max(1, Math.floor(rowsArea() / ROW_H_MIN_IN + 1e-9));
}

/** Most offering columns on one slide at the minimum cell width. */
export function offeringsPerSlide(): number {
  return Math.max(1, Math.floor(cellsArea() / CELL_W_MIN_IN + 1e-9));
}

/** The layout for slides of at most `rows` divisions and `columns` offerings. */
export function gridLayout(rows: number, columns: number): GridLayout {
  const body = bodyBox();
  const cellWIn = Math.min(CELL_W_MAX_IN, cellsArea() / Math.max(1, columns));
  const cellsX = body.xIn + DIVISION_W_IN + COLUMN_GAP_IN;
  const cellXs = Array.from({ length: columns }, (_, index) => cellsX + index * cellWIn);
  const summaryX = cellsX + columns * cellWIn + COLUMN_GAP_IN;
  const headerYIn = body.yIn;
  return {
    division: { xIn: body.xIn, wIn: DIVISION_W_IN },
    cellXs,
    cellWIn,
    summary: { xIn: summaryX, wIn: SUMMARY_W_IN },
    headerYIn,
    rowsTopIn: headerYIn + HEADER_H_IN + BAND_GAP_IN,
    rowHIn: Math.min(ROW_H_MAX_IN, rowsArea() / Math.max(1, rows)),
    legend: {
      xIn: body.xIn,
      yIn: body.yIn + body.hIn - LEGEND_H_IN,
      wIn: body.wIn,
      hIn: LEGEND_H_IN,
    },
  };
}
