/**
 * The timeline slides: a Gantt built from shapes — header band with the time axis, rows grouped
 * by workstream, bars and diamonds coloured by status, the today line at the as-of date and a
 * legend. Many tasks page by workstream ("continued"); every page shares one time axis.
 */
import { contentSlide } from '../../compose/chrome.js';
import type { ShapeElement, SlideSpec } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { AnalysedTask, TimelineResult } from './analyse.js';
import { todayColor } from './colors.js';
import { axisLabels, columnHeaders } from './compose-axis.js';
import { gridLines } from './compose-grid-lines.js';
import { legend } from './compose-legend.js';
import { composeRows } from './compose-rows.js';
import { BAND_GAP_IN, ganttLayout, rowsPerSlide, type GanttLayout } from './gantt-layout.js';
import { paginateGroups, type Page } from './paginate.js';
import { xForDate } from './time-axis.js';

const pageRows = (page: Page<AnalysedTask>): number =>
  page.reduce((sum, segment) => sum + segment.items.length, 0);

export function timelinePages(result: TimelineResult): Page<AnalysedTask>[] {
  const groups = result.workstreams.map((workstream) => ({
    name: workstream.name,
    items: workstream.tasks,
  }));
  return paginateGroups(groups, rowsPerSlide());
}

function todayLine(
  result: TimelineResult,
  layout: GanttLayout,
  bottomIn: number,
  ctx: ComposeContext,
): ShapeElement {
  return {
    type: 'shape',
    shape: 'line',
    box: {
      xIn: xForDate(result.axis, result.asOf, layout.chart.xIn, layout.chart.wIn),
      yIn: layout.rowsTopIn,
      wIn: 0,
      hIn: bottomIn - layout.rowsTopIn,
    },
    line: { color: todayColor(ctx.theme), widthPt: 1.5, dash: 'dash' },
  };
}

function textData(result: TimelineResult, ctx: ComposeContext, page: number, pages: number) {
  return {
    ...result,
    source: ctx.source,
    page,
    pages,
    unitName: ctx.text.render('timeline', 'unitName', { unit: result.axis.unit }),
  };
}

function composePage(
  result: TimelineResult,
  page: Page<AnalysedTask>,
  index: number,
  pages: number,
  layout: GanttLayout,
  ctx: ComposeContext,
): SlideSpec {
  const bottomIn = layout.rowsTopIn + pageRows(page) * layout.rowHIn;
  const rows = composeRows(page, result.axis, layout, ctx);
  const data = textData(result, ctx, index + 1, pages);
  const onPage = page.flatMap((segment) => segment.items);
  // Optional fields are passed explicitly: the templates run in strict mode.
  const flagged = onPage
    .filter((task) => task.flagged)
    .map((task) => ({ ...task, owner: task.owner, accountId: task.accountId }));
  const notesData = { ...data, flagged, truncated: rows.truncated };
  return contentSlide({
    kind: 'timeline',
    title: ctx.text.render('timeline', 'title', data),
    headline: ctx.text.render('timeline', 'headline', data),
    notes: ctx.text.render('timeline', 'notes', notesData),
    theme: ctx.theme,
    elements: [
      ...rows.background,
      ...gridLines(result.axis, layout, bottomIn, ctx),
      ...rows.marks,
      todayLine(result, layout, bottomIn, ctx),
      ...columnHeaders(layout, ctx),
      ...axisLabels(result.axis, layout, ctx),
      ...rows.labels,
      // The legend follows the rows, so a short last slide keeps it close to the chart.
      ...legend(
        { ...layout.legend, yIn: Math.min(layout.legend.yIn, bottomIn + BAND_GAP_IN) },
        result.asOf,
        ctx,
      ),
    ],
  });
}

export function composeTimeline(result: TimelineResult, ctx: ComposeContext): SlideSpec[] {
  const pages = timelinePages(result);
  const withOwner = result.workstreams.some((workstream) =>
    workstream.tasks.some((task) => task.owner !== undefined),
  );
  // Rows grow (up to a maximum) on slides holding fewer tasks, so whole workstreams kept
  // together still fill their slide.
  return pages.map((page, index) =>
    composePage(result, page, index, pages.length, ganttLayout(pageRows(page), withOwner), ctx),
  );
}
