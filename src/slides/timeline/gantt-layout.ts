/**
 * Geometry of the Gantt inside the slide body: a header band (column titles and the time axis),
 * the task rows, and the legend at the foot; left columns for workstream, task, owner and the
 * overdue marker, the chart to their right. Every measure derives from `bodyBox()`.
 */
import { bodyBox } from '../../compose/layout.js';
import type { Box } from '../../compose/spec.js';

/** Height of the header band holding the column titles and the time-axis labels. */
export const AXIS_BAND_H_IN = 0.4;
export const LEGEND_H_IN = 0.28;
export const BAND_GAP_IN = 0.08;
/** Legible rows at 10 pt; beyond the slide's capacity at this height the Gantt pages. */
export const ROW_H_MIN_IN = 0.26;
export const ROW_H_MAX_IN = 0.45;
export const COLUMN_GAP_IN = 0.08;
const WORKSTREAM_W_IN = 1.7;
const TASK_W_IN = 2.55;
const OWNER_W_IN = 1.25;
export const MARKER_W_IN = 0.26;

export interface Column {
  xIn: number;
  wIn: number;
}

export interface GanttLayout {
  workstream: Column;
  task: Column;
  owner?: Column | undefined;
  marker: Column;
  chart: Column;
  /** The band above the rows. */
  header: { yIn: number; hIn: number };
  /** Top of the first row and the height of each row. */
  rowsTopIn: number;
  rowHIn: number;
  legend: Box;
}

/** Most rows one slide holds at the minimum legible row height. */
export function rowsPerSlide(): number {
  const body = bodyBox();
  const rowsArea = body.hIn - AXIS_BAND_H_IN - LEGEND_H_IN - 2 * BAND_GAP_IN;
  return Math.floor(rowsArea / ROW_H_MIN_IN + 1e-9);
}

function columnsLeftToRight(widths: readonly (number | undefined)[], xIn: number): Column[] {
  let x = xIn;
  return widths.map((wIn = 0) => {
    const column = { xIn: x, wIn };
    x += wIn + (wIn > 0 ? COLUMN_GAP_IN : 0);
    return column;
  });
}

/** The layout for slides holding at most `maxRows` rows, with or without an Owner column. */
export function ganttLayout(maxRows: number, withOwner: boolean): GanttLayout {
  const body = bodyBox();
  const rowsTopIn = body.yIn + AXIS_BAND_H_IN + BAND_GAP_IN;
  const rowsArea = body.hIn - AXIS_BAND_H_IN - LEGEND_H_IN - 2 * BAND_GAP_IN;
  const rowHIn = Math.min(ROW_H_MAX_IN, rowsArea / Math.max(1, maxRows));
  const [workstream, task, owner, marker] = columnsLeftToRight(
    [WORKSTREAM_W_IN, TASK_W_IN, withOwner ? OWNER_W_IN : undefined, MARKER_W_IN],
    body.xIn,
  ) as [Column, Column, Column, Column];
  const chartX = marker.xIn + marker.wIn + COLUMN_GAP_IN;
  return {
    workstream,
    task,
    owner: withOwner ? owner : undefined,
    marker,
    chart: { xIn: chartX, wIn: body.xIn + body.wIn - chartX },
    header: { yIn: body.yIn, hIn: AXIS_BAND_H_IN },
    rowsTopIn,
    rowHIn,
    legend: {
      xIn: body.xIn,
      yIn: body.yIn + body.hIn - LEGEND_H_IN,
      wIn: body.wIn,
      hIn: LEGEND_H_IN,
    },
  };
}
