/**
 * What a task looks like in the chart: a bar from its first day to the end of its last, or a
 * diamond at a milestone's date, filled by status and outlined in the bad colour when flagged;
 * and the "!" marker beside the names of flagged tasks.
 */
import { bodyStyle } from '../../compose/chrome.js';
import { TYPE } from '../../compose/layout.js';
import type { ShapeElement } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { AnalysedTask } from './analyse.js';
import { attentionColor, statusFill } from './colors.js';
import type { Column } from './gantt-layout.js';
import { addDays, xForDate, type TimeAxis } from './time-axis.js';

const BAR_H_SHARE = 0.56;
/** Bars and markers stop growing here, so roomy rows do not turn bars into blocks. */
const MARK_MAX_IN = 0.2;
/** A one-day task on a long axis still shows as a sliver. */
const MIN_BAR_W_IN = 0.06;
const DIAMOND_MAX_IN = 0.24;
const OUTLINE_PT = 1.75;

/** A bar from the first to the end of the last day, or a diamond at a milestone's date. */
export function taskMark(
  task: AnalysedTask,
  axis: TimeAxis,
  chart: Column,
  rowY: number,
  rowH: number,
  ctx: ComposeContext,
): ShapeElement {
  const { theme } = ctx;
  const outline = task.flagged
    ? { line: { color: attentionColor(theme), widthPt: OUTLINE_PT } }
    : {};
  const chartEnd = chart.xIn + chart.wIn;
  if (task.milestone) {
    const size = Math.min(DIAMOND_MAX_IN, rowH * 0.75);
    const centre = xForDate(axis, addDays(task.end, 0.5), chart.xIn, chart.wIn);
    const x = Math.min(Math.max(centre - size / 2, chart.xIn), chartEnd - size);
    return {
      type: 'shape',
      shape: 'diamond',
      box: { xIn: x, yIn: rowY + (rowH - size) / 2, wIn: size, hIn: size },
      fill: statusFill(task.status, theme),
      ...outline,
    };
  }
  const from = xForDate(axis, task.start, chart.xIn, chart.wIn);
  const to = xForDate(axis, addDays(task.end, 1), chart.xIn, chart.wIn);
  const wIn = Math.max(MIN_BAR_W_IN, to - from);
  const barH = Math.min(MARK_MAX_IN, rowH * BAR_H_SHARE);
  return {
    type: 'shape',
    shape: 'rect',
    box: { xIn: Math.min(from, chartEnd - wIn), yIn: rowY + (rowH - barH) / 2, wIn, hIn: barH },
    fill: statusFill(task.status, theme),
    ...outline,
  };
}

export function overdueMarker(
  column: Column,
  rowY: number,
  rowH: number,
  ctx: ComposeContext,
): ShapeElement {
  const size = Math.min(MARK_MAX_IN, column.wIn - 0.04, rowH * 0.72);
  return {
    type: 'shape',
    shape: 'ellipse',
    box: {
      xIn: column.xIn + (column.wIn - size) / 2,
      yIn: rowY + (rowH - size) / 2,
      wIn: size,
      hIn: size,
    },
    fill: attentionColor(ctx.theme),
    text: {
      value: ctx.text.render('timeline', 'overdueMarker', {}),
      style: bodyStyle(ctx.theme, {
        sizePt: TYPE.minimumPt,
        bold: true,
        color: ctx.theme.colors.light1,
        align: 'center',
        valign: 'middle',
        insetIn: 0,
      }),
    },
  };
}
