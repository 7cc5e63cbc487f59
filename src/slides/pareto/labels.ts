/**
 * The Pareto bars' labels as the slide shows them: account names shortened to fit the rotated
 * label band, and the grouped bar named in the deck's language ("Other (15 accounts)").
 */
import { boundedMap } from '../../compose/bounded-list.js';
import { categoryLabels } from '../../compose/charts.js';
import { TYPE } from '../../compose/layout.js';
import type { ComposeContext } from '../slide-module.js';
import type { ParetoResult } from './analyse.js';

/** Rotated label length budget in inches: the band under the plot area. */
const LABEL_BUDGET_IN = 1.6;

/** The grouped bar's label in the deck's language, e.g. "Other (15 accounts)". */
function barLabel(bar: ParetoResult['bars'][number], ctx: ComposeContext): string {
  return bar.accounts > 1
    ? ctx.text.render('pareto', 'otherBar', { count: bar.accounts })
    : bar.label;
}

/** Category labels as shown: long account names shortened to fit the rotated label band. */
export function barLabels(result: ParetoResult, ctx: ComposeContext): string[] {
  return categoryLabels(
    result.bars.map((bar) => barLabel(bar, ctx)),
    LABEL_BUDGET_IN,
    TYPE.chartPt - 1,
  );
}

/** Accounts whose bar label was shortened, so the notes can give their full names. */
export function shortenedNames(
  result: ParetoResult,
  ctx: ComposeContext,
): { label: string; fullName: string }[] {
  const labels = barLabels(result, ctx);
  return result.bars
    .map((bar, index) => ({
      label: labels[index] ?? bar.label,
      fullName: bar.fullName,
      accounts: bar.accounts,
    }))
    .filter((bar) => bar.accounts === 1 && bar.label !== bar.fullName)
    .map(({ label, fullName }) => ({ label, fullName }));
}

/**
 * The grouped bar, if any, with its label in the deck's language and the names of its accounts
 * (at most `limit` of them), for the notes.
 */
export function groupedBar(result: ParetoResult, ctx: ComposeContext, limit: number) {
  const index = result.bars.findIndex((candidate) => candidate.accounts > 1);
  const bar = result.bars[index];
  if (bar === undefined) return undefined;
  // The bars before the grouped one are one account each, in rank order.
  const grouped = result.rows.slice(index, index + bar.accounts);
  return {
    ...bar,
    label: barLabel(bar, ctx),
    names: boundedMap(grouped, (row) => row.name, limit),
  };
}
