/**
 * Large organisations: the chart first shrinks (down to the smallest scale, whose text is still at
 * the deck's legible minimum); when even that does not fit, it is split by branch across slides.
 *
 * Splitting: a tree that does not fit is cut into one unit per direct report's branch, each unit
 * keeping the manager on top for context, plus a unit for the line into the manager itself (so
 * every reporting line is drawn on some slide); branches that still do not fit are cut again.
 * Units are then packed greedily, in chart order, onto as few slides as fit at the smallest scale,
 * and each slide is laid out again at the largest scale it allows.
 */
import type { Box } from '../../compose/spec.js';
import type { AccountOrgChart } from './analyse.js';
import { fitPage, fitsAtSmallestScale, type PageLayout } from './page-layout.js';

export interface ChartPage {
  /** Person IDs shown on this slide. */
  visible: ReadonlySet<string>;
  layout: PageLayout;
}

function subtreeIds(id: string, reportsOf: (id: string) => readonly string[]): string[] {
  return [id, ...reportsOf(id).flatMap((report) => subtreeIds(report, reportsOf))];
}

function splitUnits(chart: AccountOrgChart, region: Box): string[][] {
  const byId = new Map(chart.people.map((person) => [person.id, person]));
  const reportsOf = (id: string) => byId.get(id)?.reports ?? [];
  const fits = (ids: readonly string[]) => fitsAtSmallestScale(chart, new Set(ids), region);
  const unitsOf = (id: string, context: readonly string[]): string[][] => {
    const whole = [...context, ...subtreeIds(id, reportsOf)];
    const reports = reportsOf(id);
    if (reports.length === 0 || fits(whole)) return [whole];
    // The line from the manager, then each branch under this person (shown again for context).
    return [[...context, id], ...reports.flatMap((report) => unitsOf(report, [id]))];
  };
  return chart.groups.flatMap((group) => group.roots.flatMap((root) => unitsOf(root, [])));
}

function packUnits(chart: AccountOrgChart, units: readonly string[][], region: Box) {
  const pages: Set<string>[] = [];
  let current = new Set<string>();
  for (const unit of units) {
    const candidate = new Set([...current, ...unit]);
    if (current.size === 0 || fitsAtSmallestScale(chart, candidate, region)) current = candidate;
    else {
      pages.push(current);
      current = new Set(unit);
    }
  }
  if (current.size > 0) pages.push(current);
  return pages;
}

/** One page when the whole chart fits at some scale; otherwise split by branch. */
export function paginateChart(chart: AccountOrgChart, region: Box): ChartPage[] {
  const everyone = new Set(chart.people.map((person) => person.id));
  const whole = fitPage(chart, everyone, region);
  if (whole.fits) return [{ visible: everyone, layout: whole }];
  return packUnits(chart, splitUnits(chart, region), region).map((visible) => ({
    visible,
    layout: fitPage(chart, visible, region),
  }));
}
