/**
 * Which accounts the portfolio chart draws. Thousands of bubbles are an unreadable blob and a
 * chart part (with its embedded workbook) of megabytes, so beyond `maxBubbles` the chart draws the
 * `maxBubbles` largest accounts by revenue (by rank when no revenue is recorded) and the numbered
 * top accounts. Quadrant counts, the ranking and the side panel still cover every account.
 */
import type { ScoredAccount, ScoringResult } from './analyse.js';

export interface PlottedAccounts {
  /** The accounts drawn, in ranking order: the numbered top accounts come first. */
  accounts: ScoredAccount[];
  /** True when some scored accounts are not drawn. */
  sampled: boolean;
}

/** Largest revenue first; ties (and no revenue at all) by rank. */
function byRevenue(a: ScoredAccount, b: ScoredAccount): number {
  return b.revenue - a.revenue || a.rank - b.rank;
}

export function plottedAccounts(result: ScoringResult): PlottedAccounts {
  const { maxBubbles, labelTopN } = result.params;
  if (result.accounts.length <= maxBubbles) return { accounts: result.accounts, sampled: false };
  const kept = new Set(result.accounts.slice(0, labelTopN));
  for (const account of [...result.accounts].sort(byRevenue).slice(0, maxBubbles))
    kept.add(account);
  return { accounts: result.accounts.filter((account) => kept.has(account)), sampled: true };
}
