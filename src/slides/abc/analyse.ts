/**
 * ABC analysis: accounts in tiers by cumulative revenue share, per period.
 * Default A ≤ 80%, B ≤ 95%, C the rest. Boundary rule: an account whose cumulative share *before*
 * it was below a cut belongs to the higher tier, so the account that crosses 80% is still A.
 */
import { rankByValue, SHARE_EPSILON, type RankedItem } from '../../analysis/cumulative.js';
import type { KamModel } from '../../model/model.js';

export type Tier = 'A' | 'B' | 'C';
export const TIERS: readonly Tier[] = ['A', 'B', 'C'];

export interface AbcParams {
  /** Upper cumulative share of tier A, 0–1. */
  a: number;
  /** Upper cumulative share of tier B, 0–1 (≥ a). */
  b: number;
}

export const DEFAULT_ABC_PARAMS: AbcParams = { a: 0.8, b: 0.95 };

export interface TierSummary {
  tier: Tier;
  accounts: number;
  /** accounts / all accounts */
  accountShare: number;
  revenue: number;
  /** revenue / total revenue of the period */
  revenueShare: number;
}

export interface AbcPeriod {
  period: string;
  total: number;
  /** accountId → tier */
  tiers: Record<string, Tier>;
  ranked: RankedItem[];
  summary: TierSummary[];
}

export interface TierMove {
  id: string;
  name: string;
  from: Tier;
  to: Tier;
  /** Revenue in the first and the last period. */
  fromRevenue: number;
  toRevenue: number;
}

export interface AbcResult {
  thresholds: AbcParams;
  periods: AbcPeriod[];
  /** Comparison of the first and the last period (empty with a single period). */
  migration:
    | {
        from: string;
        to: string;
        /** matrix[from][to] = number of accounts. */
        matrix: Record<Tier, Record<Tier, number>>;
        upgrades: TierMove[];
        downgrades: TierMove[];
      }
    | undefined;
}

export function tierFor(item: RankedItem, total: number, thresholds: AbcParams): Tier {
  if (total <= 0 || item.value <= 0) return 'C';
  if (item.previousCumulativeShare < thresholds.a - SHARE_EPSILON) return 'A';
  if (item.previousCumulativeShare < thresholds.b - SHARE_EPSILON) return 'B';
  return 'C';
}

function summarise(
  ranked: RankedItem[],
  tiers: Record<string, Tier>,
  total: number,
): TierSummary[] {
  // One pass over the ranking; each tier's revenue is summed in ranking order.
  const members = { A: 0, B: 0, C: 0 };
  const revenue = { A: 0, B: 0, C: 0 };
  for (const item of ranked) {
    const tier = tiers[item.id];
    if (tier !== 'A' && tier !== 'B' && tier !== 'C') continue;
    members[tier] += 1;
    revenue[tier] += item.value;
  }
  return TIERS.map((tier) => ({
    tier,
    accounts: members[tier],
    accountShare: ranked.length === 0 ? 0 : members[tier] / ranked.length,
    revenue: revenue[tier],
    revenueShare: total === 0 ? 0 : revenue[tier] / total,
  }));
}

export function analyseAbcPeriod(
  model: KamModel,
  periodIndex: number,
  thresholds: AbcParams,
): AbcPeriod {
  const items = model.accounts.map((account) => ({
    id: account.id,
    name: account.name,
    value: model.revenue.values[account.id]?.[periodIndex] ?? 0,
  }));
  const { ranked, total } = rankByValue(items);
  const tiers: Record<string, Tier> = {};
  for (const item of ranked) tiers[item.id] = tierFor(item, total, thresholds);
  return {
    period: model.revenue.periods[periodIndex]?.label ?? '',
    total,
    tiers,
    ranked,
    summary: summarise(ranked, tiers, total),
  };
}

function emptyMatrix(): Record<Tier, Record<Tier, number>> {
  return { A: { A: 0, B: 0, C: 0 }, B: { A: 0, B: 0, C: 0 }, C: { A: 0, B: 0, C: 0 } };
}

const tierRank = (tier: Tier) => TIERS.indexOf(tier);

function migrate(
  model: KamModel,
  first: AbcPeriod,
  last: AbcPeriod,
  lastIndex: number,
): AbcResult['migration'] {
  const matrix = emptyMatrix();
  const upgrades: TierMove[] = [];
  const downgrades: TierMove[] = [];
  for (const account of model.accounts) {
    const from = first.tiers[account.id] ?? 'C';
    const to = last.tiers[account.id] ?? 'C';
    matrix[from][to] += 1;
    if (from === to) continue;
    const values = model.revenue.values[account.id] ?? [];
    const move = {
      id: account.id,
      name: account.name,
      from,
      to,
      fromRevenue: values[0] ?? 0,
      toRevenue: values[lastIndex] ?? 0,
    };
    (tierRank(to) < tierRank(from) ? upgrades : downgrades).push(move);
  }
  const byLastRevenue = (a: TierMove, b: TierMove) =>
    b.toRevenue - a.toRevenue || a.name.localeCompare(b.name, 'en');
  const byFirstRevenue = (a: TierMove, b: TierMove) =>
    b.fromRevenue - a.fromRevenue || a.name.localeCompare(b.name, 'en');
  return {
    from: first.period,
    to: last.period,
    matrix,
    upgrades: upgrades.sort(byLastRevenue),
    downgrades: downgrades.sort(byFirstRevenue),
  };
}

export function analyseAbc(model: KamModel, thresholds: AbcParams): AbcResult {
  const periods = model.revenue.periods.map((_, index) =>
    analyseAbcPeriod(model, index, thresholds),
  );
  const first = periods[0];
  const last = periods.at(-1);
  const migration =
    first !== undefined && last !== undefined && periods.length > 1
      ? migrate(model, first, last, periods.length - 1)
      : undefined;
  return { thresholds, periods, migration };
}
