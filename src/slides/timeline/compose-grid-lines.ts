/**
 * The Gantt's grid: a thin line at every unit boundary from the lower axis tier down through the
 * rows, period boundaries (a new month of weeks, a new year of months) rising through the whole
 * header, and a rule under the header band.
 */
import type { ShapeElement, SlideElement } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import { periodRuns, tickX } from './compose-axis.js';
import type { GanttLayout } from './gantt-layout.js';
import type { TimeAxis } from './time-axis.js';

const GRID_LINE_PT = 0.5;

/** Gridlines at unit boundaries (from the lower tier down) and period boundaries (full height). */
export function gridLines(
  axis: TimeAxis,
  layout: GanttLayout,
  rowsBottomIn: number,
  ctx: ComposeContext,
): SlideElement[] {
  const periodStarts = new Set(periodRuns(axis).map((run) => run.from));
  const line = (xIn: number, yIn: number): ShapeElement => ({
    type: 'shape',
    shape: 'line',
    box: { xIn, yIn, wIn: 0, hIn: rowsBottomIn - yIn },
    line: { color: ctx.theme.neutrals.grid, widthPt: GRID_LINE_PT },
  });
  const lowerTop = layout.header.yIn + layout.header.hIn / 2;
  const verticals = axis.ticks.map((_, index) => {
    const startsPeriod = periodStarts.has(index) && index > 0;
    return line(tickX(axis, index, layout.chart), startsPeriod ? layout.header.yIn : lowerTop);
  });
  const left = layout.workstream.xIn;
  const rule: ShapeElement = {
    type: 'shape',
    shape: 'line',
    box: {
      xIn: left,
      yIn: layout.rowsTopIn - 0.02,
      wIn: layout.chart.xIn + layout.chart.wIn - left,
      hIn: 0,
    },
    line: { color: ctx.theme.neutrals.muted, widthPt: 0.75 },
  };
  return [...verticals, rule];
}
