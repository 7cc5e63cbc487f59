/**
 * How the weighted tables share a slide's height: both dimensions on one slide when their rows
 * fit (rows no lower than ROW_MIN_H_IN), else one slide per dimension, cutting criteria that do not
 * fit into one "+k more" row. Account names get three header lines when the rows can spare them.
 */
import { LAYOUT, TYPE } from '../../compose/layout.js';
import { DIMENSIONS, type Dimension } from '../../model/scoring.js';
import { linesHeightIn } from '../../compose/text-fit.js';

export const ROW_MAX_H_IN = 0.3;
export const ROW_MIN_H_IN = 0.22;
export const TABLE_GAP_IN = LAYOUT.gapIn * 0.7;
/** Cell margins above and below the header text. */
const HEADER_PAD_IN = 0.1;

export interface TablePlan {
  dimensions: readonly Dimension[];
  rowH: number;
  /** Lines of account name in the header row, and that row's height. */
  headerLines: number;
  headerH: number;
  /** Most criteria rows a table may show (the rest are summarised in one row). */
  maxCriteria: number;
}

export function headerHeightIn(lines: number): number {
  return linesHeightIn(lines, TYPE.tablePt) + HEADER_PAD_IN;
}

/** Rows stay at least this high when names get a third header line. */
const ROW_WITH_3_LINES_MIN_H_IN = 0.27;

/** Three header lines only with roomy rows; two lines down to the minimum row height. */
function choose(free: (headerH: number) => number, rows: number) {
  for (const lines of [3, 2]) {
    const headerH = headerHeightIn(lines);
    const rowH = Math.min(ROW_MAX_H_IN, free(headerH) / rows);
    if (rowH >= (lines === 3 ? ROW_WITH_3_LINES_MIN_H_IN : ROW_MIN_H_IN))
      return { lines, headerH, rowH };
  }
  return undefined;
}

export function tablePlans(
  criteriaCounts: Readonly<Record<Dimension, number>>,
  heightIn: number,
): TablePlan[] {
  const rows = DIMENSIONS.reduce((sum, dimension) => sum + criteriaCounts[dimension] + 1, 0);
  const shared = choose((headerH) => heightIn - 2 * headerH - TABLE_GAP_IN, rows);
  if (shared !== undefined) {
    const { lines, headerH, rowH } = shared;
    return [{ dimensions: DIMENSIONS, rowH, headerLines: lines, headerH, maxCriteria: Infinity }];
  }
  return DIMENSIONS.map((dimension) => {
    const fit = choose((headerH) => heightIn - headerH, criteriaCounts[dimension] + 1);
    const headerH = fit?.headerH ?? headerHeightIn(2);
    const rowH = fit?.rowH ?? ROW_MIN_H_IN;
    // One row for the weighted score, one for "+k more criteria" when cut.
    const maxCriteria = Math.floor((heightIn - headerH) / rowH) - 2;
    return { dimensions: [dimension], rowH, headerLines: fit?.lines ?? 2, headerH, maxCriteria };
  });
}
