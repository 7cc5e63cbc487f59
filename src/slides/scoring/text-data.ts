/**
 * What every scoring template part may use: the result in template-friendly shape. Optional
 * values are passed explicitly (strict templates fail on a missing key, not on `undefined`).
 */
import type { Dimension } from '../../model/scoring.js';
import type { ComposeContext } from '../slide-module.js';
import type { ScoredAccount, ScoringResult } from './analyse.js';
import { quadrantNames } from './quadrants.js';
import { weightText } from './weighted-table.js';

export type AccountText = ScoredAccount & { quadrantName: string; partial: boolean };

export function accountTexts(result: ScoringResult, ctx: ComposeContext): AccountText[] {
  const names = quadrantNames(ctx);
  return result.accounts.map((account) => ({
    ...account,
    quadrantName: names[account.quadrant],
    partial: account.missing.length > 0,
  }));
}

function criteriaTexts(result: ScoringResult, ctx: ComposeContext, dimension: Dimension) {
  return result.criteria
    .filter((criterion) => criterion.dimension === dimension)
    .map((criterion) => ({ ...criterion, weightLabel: weightText(ctx, criterion.weight) }));
}

export function scoringTextData(result: ScoringResult, ctx: ComposeContext) {
  const names = quadrantNames(ctx);
  const accounts = accountTexts(result, ctx);
  const partial = accounts
    .filter((account) => account.partial)
    .map((account) => ({ name: account.name, missing: account.missing.join(', ') }));
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
    scoredCount: accounts.length,
    accountCount: accounts.length + result.unscored.length,
    unscored: result.unscored,
    unscoredCount: result.unscored.length,
    partial,
    partialCount: partial.length,
    normalised: result.normalisedDimensions.join(' and '),
    growthCriteria: criteriaTexts(result, ctx, 'Growth'),
    harmonyCriteria: criteriaTexts(result, ctx, 'Harmony'),
    quadrants,
    invest: quadrants[0],
    top: accounts[0],
    accounts,
  };
}
