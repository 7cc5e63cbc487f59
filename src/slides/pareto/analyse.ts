/**
 * Pareto analysis: accounts by revenue of one period, cumulative share, and the "vital few" —
 * the smallest leading set of accounts whose cumulative share reaches the cut (default 80%).
 * Zero-revenue accounts count in the account total but never in the vital few.
 */
import { rankByValue, SHARE_EPSILON, type RankedItem } from '../../analysis/cumulative.js';
import type { KamModel } from '../../model/model.js';

export interface ParetoParams {
  /** Period label; default the latest period. */
  period?: string | undefined;
  /** Cumulative share that defines the vital few, 0–1. */
  cut: number;
  /** Bars shown before the rest are grouped into one "Other" bar. */
  topN: number;
}

export const DEFAULT_PARETO_PARAMS: ParetoParams = { cut: 0.8, topN: 25 };

export interface ParetoRow extends RankedItem {
  inVitalFew: boolean;
}

/** One chart bar: an account, or the accounts beyond the top N grouped together. */
export interface ParetoBar {
  label: string;
  value: number;
  /** Cumulative share after this bar (exact: the grouped bar ends at the true cumulative). */
  cumulativeShare: number;
  /** Number of accounts in the bar (1 for an account bar). */
  accounts: number;
  /** Full account name(s), for notes. */
  fullName: string;
}

export interface ParetoResult {
  period: string;
  cut: number;
  total: number;
  accountCount: number;
  rows: ParetoRow[];
  bars: ParetoBar[];
  vitalFew: {
    count: number;
    /** count / accountCount */
    accountShare: number;
    /** Revenue share of the vital few (≥ cut unless total is 0). */
    revenueShare: number;
  };
}

export function paretoPeriodIndex(model: KamModel, period: string | undefined): number {
  if (period === undefined) return model.revenue.periods.length - 1;
  return model.revenue.periods.findIndex((candidate) => candidate.label === period);
}

/** Number of leading accounts needed to reach the cut; only positive-revenue accounts qualify. */
export function vitalFewCount(rows: readonly RankedItem[], cut: number): number {
  for (const row of rows) {
    if (row.value <= 0) return 0;
    if (row.cumulativeShare >= cut - SHARE_EPSILON) return row.rank;
  }
  return 0;
}

function groupBars(rows: readonly ParetoRow[], topN: number): ParetoBar[] {
  // Grouping a single account would only rename it: show it instead.
  const shown = rows.length <= topN + 1 ? rows : rows.slice(0, topN);
  const bars: ParetoBar[] = shown.map((row) => ({
    label: row.name,
    value: row.value,
    cumulativeShare: row.cumulativeShare,
    accounts: 1,
    fullName: row.name,
  }));
  const rest = rows.slice(shown.length);
  const last = rest.at(-1);
  if (last !== undefined) {
    bars.push({
      label: `Other (${rest.length} accounts)`,
      value: rest.reduce((sum, row) => sum + row.value, 0),
      cumulativeShare: last.cumulativeShare,
      accounts: rest.length,
      fullName: rest.map((row) => row.name).join(', '),
    });
  }
  return bars;
}

export function analysePareto(model: KamModel, params: ParetoParams): ParetoResult {
  const periodIndex = paretoPeriodIndex(model, params.period);
  const period = model.revenue.periods[periodIndex];
  if (period === undefined) throw new RangeError(`unknown period ${params.period ?? '(latest)'}`);
  const items = model.accounts.map((account) => ({
    id: account.id,
    name: account.name,
    value: model.revenue.values[account.id]?.[periodIndex] ?? 0,
  }));
  const { ranked, total } = rankByValue(items);
  const count = vitalFewCount(ranked, params.cut);
  // Fields listed, not spread: an object spread per account costs far more at 100,000 accounts.
  const rows = ranked.map((row) => ({
    id: row.id,
    name: row.name,
    value: row.value,
    rank: row.rank,
    share: row.share,
    cumulativeShare: row.cumulativeShare,
    previousCumulativeShare: row.previousCumulativeShare,
    inVitalFew: row.rank <= count,
  }));
  return {
    period: period.label,
    cut: params.cut,
    total,
    accountCount: rows.length,
    rows,
    bars: groupBars(rows, params.topN),
    vitalFew: {
      count,
      accountShare: rows.length === 0 ? 0 : count / rows.length,
      revenueShare: count === 0 ? 0 : (rows[count - 1]?.cumulativeShare ?? 0),
    },
  };
}
