/**
 * The rows of one Gantt slide: a band per workstream (alternately shaded) with its name in the
 * left column, then per task its name, owner, an overdue marker, and a bar from start to end (or a
 * diamond for a milestone) placed by the time → x mapping.
 */
import { bodyStyle } from '../../compose/chrome.js';
import { TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, TextElement } from '../../compose/spec.js';
import { countLines, truncateToWidth } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import type { AnalysedTask } from './analyse.js';
import { attentionColor } from './colors.js';
import { overdueMarker, taskMark } from './compose-marks.js';
import { fitToLines, LABEL_INSET_IN, labelWidthIn, linesThatFit } from './fit-lines.js';
import type { Column, GanttLayout } from './gantt-layout.js';
import type { Page } from './paginate.js';
import type { TimeAxis } from './time-axis.js';

export const ROW_LABEL_PT = TYPE.smallPt;
const WORKSTREAM_PT = TYPE.smallPt + 0.5;

export interface RowsResult {
  /** Band shading and separators, drawn under the gridlines. */
  background: SlideElement[];
  /** Bars, diamonds and markers. */
  marks: SlideElement[];
  labels: SlideElement[];
  /** Task names shortened on this slide, for the notes. */
  truncated: { workstream: string; task: string }[];
}

const box = (column: Column, yIn: number, hIn: number): Box => ({
  xIn: column.xIn,
  yIn,
  wIn: column.wIn,
  hIn,
});

function rowText(text: string, area: Box, ctx: ComposeContext, color?: string): TextElement {
  return {
    type: 'text',
    box: area,
    text,
    style: bodyStyle(ctx.theme, {
      sizePt: ROW_LABEL_PT,
      valign: 'middle',
      insetIn: LABEL_INSET_IN,
      ...(color === undefined ? {} : { color }),
    }),
  };
}

/**
 * The workstream's name beside its rows: level with the first task when it fits one line, else
 * wrapped from the top of the band over as many lines as the band holds.
 */
function workstreamLabel(
  name: string,
  band: Box,
  rowHIn: number,
  ctx: ComposeContext,
): TextElement {
  const oneLine = countLines(name, labelWidthIn(band.wIn), WORKSTREAM_PT, true) === 1;
  const area = oneLine ? { ...band, hIn: Math.min(band.hIn, rowHIn) } : band;
  return {
    type: 'text',
    box: area,
    text: fitToLines(name, area.wIn, WORKSTREAM_PT, linesThatFit(area.hIn, WORKSTREAM_PT), true),
    style: bodyStyle(ctx.theme, {
      sizePt: WORKSTREAM_PT,
      bold: true,
      color: ctx.theme.colors.dark2,
      valign: oneLine ? 'middle' : 'top',
      insetIn: LABEL_INSET_IN,
    }),
  };
}

export function composeRows(
  page: Page<AnalysedTask>,
  axis: TimeAxis,
  layout: GanttLayout,
  ctx: ComposeContext,
): RowsResult {
  const { theme } = ctx;
  const background: SlideElement[] = [];
  const marks: SlideElement[] = [];
  const labels: SlideElement[] = [];
  const truncated: RowsResult['truncated'] = [];
  const left = layout.workstream.xIn;
  const fullWidth = layout.chart.xIn + layout.chart.wIn - left;
  const rowH = layout.rowHIn;
  const taskWidth = labelWidthIn(layout.task.wIn);
  let y = layout.rowsTopIn;
  page.forEach((segment, index) => {
    const height = segment.items.length * rowH;
    if (index % 2 === 1)
      background.push({
        type: 'shape',
        shape: 'rect',
        box: { xIn: left, yIn: y, wIn: fullWidth, hIn: height },
        fill: theme.neutrals.surface,
      });
    if (index > 0)
      background.push({
        type: 'shape',
        shape: 'line',
        box: { xIn: left, yIn: y, wIn: fullWidth, hIn: 0 },
        line: { color: theme.neutrals.grid, widthPt: 0.75 },
      });
    const name = segment.continued
      ? ctx.text.render('timeline', 'continued', { name: segment.name })
      : segment.name;
    labels.push(workstreamLabel(name, box(layout.workstream, y, height), rowH, ctx));
    segment.items.forEach((task, row) => {
      const rowY = y + row * rowH;
      const label = truncateToWidth(task.task, taskWidth, ROW_LABEL_PT);
      if (label !== task.task) truncated.push({ workstream: task.workstream, task: task.task });
      labels.push(
        rowText(
          label,
          box(layout.task, rowY, rowH),
          ctx,
          task.flagged ? attentionColor(theme) : undefined,
        ),
      );
      if (layout.owner && task.owner !== undefined) {
        const owner = truncateToWidth(task.owner, labelWidthIn(layout.owner.wIn), ROW_LABEL_PT);
        labels.push(rowText(owner, box(layout.owner, rowY, rowH), ctx, theme.neutrals.muted));
      }
      if (task.flagged) marks.push(overdueMarker(layout.marker, rowY, rowH, ctx));
      marks.push(taskMark(task, axis, layout.chart, rowY, rowH, ctx));
    });
    y += height;
  });
  return { background, marks, labels, truncated };
}
