/**
 * The weighted tables: per dimension, criteria (rows) × accounts (columns) with a weights column
 * and a weighted-score row. Eight accounts per slide, best first; the top `tableAccounts` by
 * combined score are shown, on "continued" slides as needed. Both dimensions share a slide when
 * their rows fit; otherwise each gets its own (and very long criteria lists are cut, see notes).
 */
import { contentSlide } from '../../compose/chrome.js';
import { bodyBox } from '../../compose/layout.js';
import type { Box, SlideElement, SlideSpec } from '../../compose/spec.js';
import type { Dimension } from '../../model/scoring.js';
import type { ComposeContext } from '../slide-module.js';
import type { ScoredAccount, ScoringResult } from './analyse.js';
import { tablePlans, TABLE_GAP_IN, type TablePlan } from './table-plan.js';
import { dimensionTable, tableFootnote } from './weighted-table.js';
import { scoringTextData } from './text-data.js';
import { weightedFormulas } from './formulas.js';

export const ACCOUNTS_PER_TABLE_SLIDE = 8;
const FOOTNOTE_H_IN = 0.26;
const FOOTNOTE_GAP_IN = 0.06;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    pages.push(items.slice(start, start + size));
  return pages;
}

function criteriaCounts(result: ScoringResult): Record<Dimension, number> {
  const count = (dimension: Dimension) =>
    result.criteria.filter((criterion) => criterion.dimension === dimension).length;
  return { Growth: count('Growth'), Harmony: count('Harmony') };
}

function pageElements(
  result: ScoringResult,
  page: readonly ScoredAccount[],
  plan: TablePlan,
  area: Box,
  ctx: ComposeContext,
): SlideElement[] {
  let yIn = area.yIn;
  return plan.dimensions.map((dimension) => {
    const table = dimensionTable(result, page, dimension, { ...area, yIn }, plan, ctx);
    yIn += table.box.hIn + TABLE_GAP_IN;
    return table;
  });
}

export function composeTables(result: ScoringResult, ctx: ComposeContext): SlideSpec[] {
  const shown = result.accounts.slice(0, result.params.tableAccounts);
  const pages = chunks(shown, ACCOUNTS_PER_TABLE_SLIDE);
  const data = scoringTextData(result, ctx);
  const more = result.accounts.length - shown.length;
  return pages.flatMap((page, pageIndex) => {
    const last = pageIndex === pages.length - 1;
    const footnote = tableFootnote(page, { ...data, more: last ? more : 0 }, ctx);
    const area = bodyBox();
    const tablesArea = {
      ...area,
      hIn: area.hIn - (footnote === undefined ? 0 : FOOTNOTE_H_IN + FOOTNOTE_GAP_IN),
    };
    const plans = tablePlans(criteriaCounts(result), tablesArea.hIn);
    return plans.map((plan, planIndex) => {
      const elements = pageElements(result, page, plan, tablesArea, ctx);
      if (footnote !== undefined) {
        // Right under the last table, where the reader's eye leaves it.
        const bottom = Math.max(...elements.map((table) => table.box.yIn + table.box.hIn));
        elements.push({
          ...footnote,
          box: { ...area, yIn: bottom + FOOTNOTE_GAP_IN, hIn: FOOTNOTE_H_IN },
        });
      }
      const pageData = {
        ...data,
        dimension: plan.dimensions.length === 1 ? plan.dimensions[0] : undefined,
        continued: pageIndex > 0 || planIndex > 0,
        from: page[0]?.rank ?? 0,
        to: page.at(-1)?.rank ?? 0,
        shownCount: shown.length,
        more,
        formulas: weightedFormulas(result, page, ctx),
      };
      return contentSlide({
        kind: 'scoring',
        title: ctx.text.render('scoring', 'tablesTitle', pageData),
        headline: ctx.text.render('scoring', 'tablesHeadline', pageData),
        notes: ctx.text.render('scoring', 'tablesNotes', pageData),
        theme: ctx.theme,
        elements,
      });
    });
  });
}
