/**
 * The arithmetic behind each weighted score, written out for the speaker notes, e.g.
 * "35% × 8 + 20% × 7 + 25% × 6 + 20% × 5 = 6.6". With partial scores the weights shown are the
 * re-normalised ones of the criteria scored.
 */
import { DIMENSIONS, type Dimension } from '../../model/scoring.js';
import type { ComposeContext } from '../slide-module.js';
import type { ScoredAccount, ScoringResult } from './analyse.js';
import { weightText } from './weighted-table.js';

function formula(
  result: ScoringResult,
  account: ScoredAccount,
  dimension: Dimension,
  ctx: ComposeContext,
): string {
  const terms = result.criteria
    .map((criterion, index) => ({ criterion, score: account.scores[index] ?? null }))
    .filter(({ criterion, score }) => criterion.dimension === dimension && score !== null);
  const present = terms.reduce((sum, { criterion }) => sum + criterion.weight, 0);
  const value = dimension === 'Growth' ? account.growth : account.harmony;
  const sum = terms
    .map(
      ({ criterion, score }) =>
        `${weightText(ctx, criterion.weight / present)} × ${ctx.format.number(score ?? 0, 1)}`,
    )
    .join(' + ');
  return `${sum} = ${ctx.format.number(value, 2)}`;
}

export function weightedFormulas(
  result: ScoringResult,
  accounts: readonly ScoredAccount[],
  ctx: ComposeContext,
) {
  return accounts.map((account) => ({
    rank: account.rank,
    name: account.name,
    missing: account.missing.join(', '),
    growth: formula(result, account, DIMENSIONS[0], ctx),
    harmony: formula(result, account, DIMENSIONS[1], ctx),
  }));
}
