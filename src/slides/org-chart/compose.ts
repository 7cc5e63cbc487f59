/**
 * The org chart slides: one per account (more when a large organisation is split by branch). The
 * chart fills the body above a one-line legend; the headline carries the route to the deal.
 * Draw order: group frames, reporting lines, influence lines, then the boxes on top.
 */
import { listLimit } from '../../compose/bounded-list.js';
import { contentSlide } from '../../compose/chrome.js';
import { bodyBox, box, LAYOUT } from '../../compose/layout.js';
import type { Box, SlideElement, SlideSpec } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { AccountOrgChart, OrgChartResult } from './analyse.js';
import {
  frameElements,
  influenceLineStyle,
  lineElement,
  polylineElements,
  reportingLineStyle,
} from './draw.js';
import { routeInfluenceLines, type InfluenceLine, type LinkToDraw } from './influence-lines.js';
import { legendElements, type LegendItem } from './legend.js';
import { paginateChart, type ChartPage } from './paginate.js';
import { personBoxElements, type BoxLabels } from './person-box.js';
import { chartText } from './text-data.js';

/** Height of the legend strip at the bottom of the body. */
export const LEGEND_H_IN = 0.28;

/** The chart region and the legend strip below it. */
export function orgChartRegions(): { chart: Box; legend: Box } {
  const body = bodyBox();
  const legend = box(body.xIn, body.yIn + body.hIn - LEGEND_H_IN, body.wIn, LEGEND_H_IN);
  const chartH = body.hIn - LEGEND_H_IN - LAYOUT.gapIn / 2;
  return { chart: box(body.xIn, body.yIn, body.wIn, chartH), legend };
}

function linksToDraw(chart: AccountOrgChart): LinkToDraw[] {
  const routes = new Set(
    chart.targets.flatMap((t) => t.via.map((via) => `${via.id}\u0000${t.person.id}`)),
  );
  return chart.influences.map(({ from, to, kind }) => ({
    from,
    to,
    kind,
    route: kind === 'Influence' && routes.has(`${from}\u0000${to}`),
  }));
}

function boxLabels(ctx: ComposeContext): BoxLabels {
  const part = (name: string, data: object = {}) => ctx.text.render('org-chart', name, data);
  return {
    badge: { High: part('badgeHigh'), Medium: part('badgeMedium'), Low: part('badgeLow') },
    keyContactMark: part('keyContactMark'),
    moreReports: (count) => part('moreReports', { count }),
  };
}

function legendItems(
  chart: AccountOrgChart,
  page: ChartPage,
  lines: readonly InfluenceLine[],
  ctx: ComposeContext,
): LegendItem[] {
  const label = (name: string) => ctx.text.render('org-chart', name, {});
  const shown = chart.people.filter((person) => page.visible.has(person.id));
  const targets = new Set(chart.targets.map((target) => target.person.id));
  const items: (LegendItem | false)[] = [
    { marker: { kind: 'relationship', relationship: 'Positive' }, label: label('legendPositive') },
    { marker: { kind: 'relationship', relationship: 'Neutral' }, label: label('legendNeutral') },
    { marker: { kind: 'relationship', relationship: 'Negative' }, label: label('legendNegative') },
    {
      marker: {
        kind: 'badges',
        letters: [label('badgeHigh'), label('badgeMedium'), label('badgeLow')],
      },
      label: label('legendPower'),
    },
    shown.some((person) => person.keyContact) && {
      marker: { kind: 'star', mark: label('keyContactMark') },
      label: label('legendKeyContact'),
    },
    shown.some((person) => targets.has(person.id)) && {
      marker: { kind: 'ring' },
      label: label('legendTarget'),
    },
    lines.some((line) => line.kind === 'Influence' && !line.route) && {
      marker: { kind: 'line', style: 'Influence' },
      label: label('legendInfluence'),
    },
    lines.some((line) => line.route) && {
      marker: { kind: 'line', style: 'Route' },
      label: label('legendRoute'),
    },
    lines.some((line) => line.kind === 'Conflict') && {
      marker: { kind: 'line', style: 'Conflict' },
      label: label('legendConflict'),
    },
  ];
  return items.filter((item): item is LegendItem => item !== false);
}

function pageElements(chart: AccountOrgChart, page: ChartPage, ctx: ComposeContext) {
  const { theme } = ctx;
  const { layout } = page;
  const byId = new Map(chart.people.map((person) => [person.id, person]));
  const targets = new Set(chart.targets.map((target) => target.person.id));
  const labels = layout.frames.map((frame) => ({ ...frame.labelBox, id: '', stacked: false }));
  const lines = routeInfluenceLines(linksToDraw(chart), layout.boxes, layout.segments, labels);
  const boxText = boxLabels(ctx);
  const elements: SlideElement[] = [
    ...layout.frames.flatMap((frame) => frameElements(frame, layout.scale, theme)),
    ...layout.segments.map((segment) => lineElement(segment, reportingLineStyle(theme))),
    // Routes last, so they are drawn over ordinary influence lines.
    ...[...lines]
      .sort((a, b) => Number(a.route) - Number(b.route))
      .flatMap((line) => polylineElements(line.points, influenceLineStyle(line, theme))),
    ...layout.boxes.flatMap((placed) => {
      const person = byId.get(placed.id);
      if (person === undefined) return [];
      const hiddenReports = person.reports.filter((id) => !page.visible.has(id)).length;
      const options = { target: targets.has(person.id), hiddenReports };
      return personBoxElements(person, placed, layout.scale, theme, boxText, options);
    }),
  ];
  return { elements, lines };
}

function composeAccount(
  chart: AccountOrgChart,
  result: OrgChartResult,
  ctx: ComposeContext,
): SlideSpec[] {
  const regions = orgChartRegions();
  const pages = paginateChart(chart, regions.chart);
  const base = chartText(chart, result, ctx.source, listLimit(ctx));
  return pages.map((page, index) => {
    const data = { ...base, page: index + 1, pages: pages.length };
    const { elements, lines } = pageElements(chart, page, ctx);
    const legend = legendElements(legendItems(chart, page, lines, ctx), regions.legend, ctx.theme);
    // The headline (the route to the deal) opens the notes too.
    const headline = ctx.text.render('org-chart', 'headline', data);
    return contentSlide({
      kind: 'org-chart',
      title: ctx.text.render('org-chart', pages.length > 1 ? 'titleContinued' : 'title', data),
      headline,
      notes: ctx.text.render('org-chart', 'notes', { ...data, headline }),
      theme: ctx.theme,
      elements: [...elements, ...legend],
    });
  });
}

export function composeOrgChart(result: OrgChartResult, ctx: ComposeContext): SlideSpec[] {
  return result.charts.flatMap((chart) => composeAccount(chart, result, ctx));
}
