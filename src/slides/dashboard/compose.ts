/**
 * The dashboard slide: KPI tiles across the top; below, MRR by plan and onboarding status on the
 * left and the endangered accounts on the right. When `maxListed` asks for more accounts than fit
 * beside the charts, "continued" slides carry the rest of the list.
 *
 *   ┌ tile ┬ tile ┬ tile ┬ tile ┐
 *   ├ plan chart ──┬ endangered ┤
 *   ├ onboarding ──┤ table      │
 *   └ (warning) ───┴────────────┘
 */
import { bodyStyle, contentSlide } from '../../compose/chrome.js';
import { bodyBox, LAYOUT, splitColumns, splitRows, takeTop, TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, SlideSpec } from '../../compose/spec.js';
import { fitFontSize } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import type { DashboardResult } from './analyse.js';
import { onboardingChart } from './compose-onboarding-chart.js';
import { planChart } from './compose-plan-chart.js';
import { endangeredTable, pageSlices } from './compose-endangered.js';
import { composeTiles } from './compose-tiles.js';
import { dashboardText, type DashboardText } from './text-data.js';

/**
 * Vertical budget of the lower right column (5.1 in body): tiles 0.95 + gap 0.2 + heading 0.3 +
 * 0.02 + table header and 10 rows at 0.3 + the "+ k more" line 0.3 = 5.07 in.
 */
const TILE_H_IN = 0.95;
const TILE_GAP_IN = 0.2;
const HEADING_H_IN = 0.3;
const HEADING_GAP_IN = 0.02;
const HEADING_PT = TYPE.kpiLabelPt;
/** Height of the warning line under the charts when the MRR sheet disagrees with the Accounts. */
const WARNING_H_IN = 0.3;

/** A small bold section title on one line, shrunk (not wrapped) when long. */
function heading(text: string, area: Box, ctx: ComposeContext): SlideElement {
  const box = { ...area, hIn: HEADING_H_IN };
  return {
    type: 'text',
    box,
    text,
    style: bodyStyle(ctx.theme, {
      sizePt: fitFontSize(text, box.wIn, box.hIn, HEADING_PT, TYPE.minimumPt, true),
      bold: true,
      color: ctx.theme.colors.dark2,
      valign: 'bottom',
      insetIn: 0.02,
    }),
  };
}

function chartColumn(
  result: DashboardResult,
  data: DashboardText,
  ctx: ComposeContext,
  area: Box,
): SlideElement[] {
  const render = (part: string) => ctx.text.render('dashboard', part, data);
  const elements: SlideElement[] = [];
  let charts = area;
  if (data.mismatchCount > 0) {
    charts = { ...area, hIn: area.hIn - WARNING_H_IN };
    const note = render('mismatchNote');
    const box = { ...area, yIn: area.yIn + charts.hIn, hIn: WARNING_H_IN };
    elements.push({
      type: 'text',
      box,
      text: note,
      style: bodyStyle(ctx.theme, {
        sizePt: fitFontSize(note, box.wIn, box.hIn, TYPE.smallPt, TYPE.minimumPt),
        color: ctx.theme.status.warning,
        valign: 'bottom',
        insetIn: 0.02,
      }),
    });
  }
  const [planArea, onboardingArea] = splitRows(charts, [1, 1], LAYOUT.gapIn / 2);
  if (planArea === undefined || onboardingArea === undefined) return elements;
  const [planHead, planBody] = takeTop(planArea, HEADING_H_IN, 0);
  const [onbHead, onbBody] = takeTop(onboardingArea, HEADING_H_IN, 0);
  return [
    heading(render('planHeading'), planHead, ctx),
    planChart(result, data, ctx, planBody),
    heading(render('onboardingHeading'), onbHead, ctx),
    onboardingChart(data, ctx, onbBody),
    ...elements,
  ];
}

function continuedSlides(
  result: DashboardResult,
  data: DashboardText,
  ctx: ComposeContext,
): SlideSpec[] {
  const pages = pageSlices(result.endangered.listed.length).slice(1);
  return pages.map((page, index) => {
    const [head, body] = takeTop(bodyBox(), HEADING_H_IN, HEADING_GAP_IN);
    const pageData = { ...data, from: page.start + 1, to: page.end };
    const last = index === pages.length - 1;
    return contentSlide({
      kind: 'dashboard',
      title: ctx.text.render('dashboard', 'continuedTitle', pageData),
      headline: ctx.text.render('dashboard', 'continuedHeadline', pageData),
      notes: ctx.text.render('dashboard', 'notes', data),
      theme: ctx.theme,
      elements: [
        heading(ctx.text.render('dashboard', 'endangeredHeading', data), head, ctx),
        ...endangeredTable(
          result.endangered.listed.slice(page.start, page.end),
          data,
          ctx,
          body,
          last ? (result.endangered.rest.count > 0 ? 'rest' : 'none') : 'continued',
        ),
      ],
    });
  });
}

export function composeDashboard(result: DashboardResult, ctx: ComposeContext): SlideSpec[] {
  const data = dashboardText(result, ctx);
  const [tilesArea, lower] = takeTop(bodyBox(), TILE_H_IN, TILE_GAP_IN);
  const [chartsArea, tableColumn] = splitColumns(lower, [1, 1.45]);
  if (chartsArea === undefined || tableColumn === undefined) return [];
  const [tableHead, tableArea] = takeTop(tableColumn, HEADING_H_IN, HEADING_GAP_IN);
  const firstPage = pageSlices(result.endangered.listed.length)[0] ?? { start: 0, end: 0 };
  const continued = result.endangered.listed.length > firstPage.end;
  const main = contentSlide({
    kind: 'dashboard',
    title: ctx.text.render('dashboard', 'title', data),
    headline: ctx.text.render('dashboard', 'headline', data),
    notes: ctx.text.render('dashboard', 'notes', data),
    theme: ctx.theme,
    elements: [
      ...composeTiles(result, data, ctx, tilesArea),
      ...chartColumn(result, data, ctx, chartsArea),
      heading(ctx.text.render('dashboard', 'endangeredHeading', data), tableHead, ctx),
      ...endangeredTable(
        result.endangered.listed.slice(firstPage.start, firstPage.end),
        data,
        ctx,
        tableArea,
        continued ? 'continued' : result.endangered.rest.count > 0 ? 'rest' : 'none',
      ),
    ],
  });
  return [main, ...continuedSlides(result, data, ctx)];
}
