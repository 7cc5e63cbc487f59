/**
 * What every scoring template part may use: the result in template-friendly shape. Optional
 * values are passed explicitly (strict templates fail on a missing key, not on `undefined`).
 */
import { boundedList, boundedMap, listLimit } from '../../compose/bounded-list.js';
import type { Dimension } from '../../model/scoring.js';
import type { ComposeContext } from '../slide-module.js';
import type { ScoredAccount, ScoringResult } from './analyse.js';
import { quadrantNames } from './quadrants.js';
import { weightText } from './weighted-table.js';

export type AccountText = ScoredAccount & { quadrantName: string; partial: boolean };

/** The first `count` accounts of the ranking (all by default), as the templates see them. */
export function accountTexts(
  result: ScoringResult,
  ctx: ComposeContext,
  count: number = result.accounts.length,
): AccountText[] {
  return boundedMap(result.accounts, accountText(ctx), count).items;
}

function accountText(ctx: ComposeContext): (account: ScoredAccount) => AccountText {
  const names = quadrantNames(ctx);
  return (account) => ({
    ...account,
    quadrantName: names[account.quadrant],
    partial: account.missing.length > 0,
  });
}

function criteriaTexts(result: ScoringResult, ctx: ComposeContext, dimension: Dimension) {
  return result.criteria
    .filter((criterion) => criterion.dimension === dimension)
    .map((criterion) => ({ ...criterion, weightLabel: weightText(ctx, criterion.weight) }));
}

export function scoringTextData(result: ScoringResult, ctx: ComposeContext) {
  const names = quadrantNames(ctx);
  const limit = listLimit(ctx);
  // Lists of accounts are bounded: the notes rank the top `limit`, the rest are counted.
  const accounts = boundedMap(result.accounts, accountText(ctx), limit);
  const partial = boundedMap(
    result.accounts.filter((account) => account.missing.length > 0),
    (account) => ({ name: account.name, missing: account.missing.join(', ') }),
    limit,
  );
  const quadrants = result.quadrants.map((summary) => ({
    ...summary,
    name: names[summary.quadrant],
  }));
  return {
    source: ctx.source,
    criteriaSheet: result.criteriaSheet,
    scoresSheet: result.scoresSheet,
    period: result.period,
    equalBubbles: result.equalBubbles,
    totalRevenue: result.totalRevenue,
    lines: result.lines,
    fixedLines: result.lines.mode === 'fixed',
    growthWeight: result.growthWeight,
    harmonyWeight: 1 - result.growthWeight,
    scoredCount: result.accounts.length,
    accountCount: result.accounts.length + result.unscored.length,
    unscored: boundedList(result.unscored, limit),
    unscoredCount: result.unscored.length,
    partial,
    partialCount: partial.total,
    normalised: result.normalisedDimensions.join(' and '),
    growthCriteria: criteriaTexts(result, ctx, 'Growth'),
    harmonyCriteria: criteriaTexts(result, ctx, 'Harmony'),
    quadrants,
    invest: quadrants[0],
    top: accounts.items[0],
    accounts,
    /** The notes rank every scored account (false when the ranking is cut at the list limit). */
    allInNotes: accounts.more === 0,
    notesCount: accounts.items.length,
    /** The portfolio chart draws a sample of the accounts when there are many (plotted.ts). */
    chart: {
      sampled: result.accounts.length > result.params.maxBubbles,
      largest: result.params.maxBubbles,
      labelled: Math.min(result.params.labelTopN, result.accounts.length),
    },
  };
}
