/**
 * Scoring matrix: each account's weighted growth and harmony score (1–10), a combined score to
 * rank accounts by, and its quadrant in the growth × harmony portfolio — lines at 5.5 or at the
 * medians. Bubbles are sized by revenue of one period (the latest by default).
 */
import { compareByNameThenId } from '../../analysis/cumulative.js';
import type { KamModel } from '../../model/model.js';
import { DIMENSIONS, type Dimension, type ScoringData } from '../../model/scoring.js';
import {
  quadrantLines,
  quadrantOf,
  QUADRANTS,
  type Quadrant,
  type QuadrantLines,
  type QuadrantMode,
} from './portfolio.js';
import { combinedScore, criteriaOf, dimensionScorer, normalisedWeights } from './weighting.js';

export interface ScoringParams {
  quadrant: QuadrantMode;
  /** Weight of growth in the combined score, 0–1 (harmony gets the rest). */
  growthWeight: number;
  /** Revenue period for bubble sizes; default the latest. */
  period?: string | undefined;
  /** Accounts shown in the weighted tables (top by combined score), 8 per slide. */
  tableAccounts: number;
  /** Rows of the priority list; the rest are listed in the notes. */
  listTopN: number;
  /** Accounts numbered on the portfolio chart. */
  labelTopN: number;
  /** Most bubbles on the portfolio chart: the largest accounts by revenue and the numbered ones. */
  maxBubbles: number;
}

export const DEFAULT_SCORING_PARAMS: ScoringParams = {
  quadrant: 'fixed',
  growthWeight: 0.5,
  tableAccounts: 16,
  listTopN: 15,
  labelTopN: 10,
  maxBubbles: 250,
};

export interface ScoredCriterion {
  name: string;
  dimension: Dimension;
  /** Share of its dimension, normalised so a dimension's weights total exactly 1. */
  weight: number;
}

export interface ScoredAccount {
  id: string;
  name: string;
  /** 1 = highest combined score. */
  rank: number;
  growth: number;
  harmony: number;
  combined: number;
  quadrant: Quadrant;
  /** Revenue in the chosen period (0 without a Revenue sheet). */
  revenue: number;
  /** Aligned with `ScoringResult.criteria`; null where the score is missing. */
  scores: (number | null)[];
  /** Names of the criteria without a score (partial scoring); empty when complete. */
  missing: string[];
}

export interface QuadrantSummary {
  quadrant: Quadrant;
  count: number;
  revenue: number;
  /** Share of the scored accounts' revenue, 0–1 (0 when there is none). */
  revenueShare: number;
}

export interface ScoringResult {
  criteriaSheet: string;
  scoresSheet: string;
  /** Growth criteria first, then harmony, each in sheet order. */
  criteria: ScoredCriterion[];
  /** Ranked by combined score, ties by name then id. */
  accounts: ScoredAccount[];
  lines: QuadrantLines;
  growthWeight: number;
  /** The revenue period sizing the bubbles; undefined without revenue. */
  period: string | undefined;
  /** True when no scored account has revenue in the period: all bubbles the same size. */
  equalBubbles: boolean;
  totalRevenue: number;
  quadrants: QuadrantSummary[];
  /** Accounts of the model without (usable) scores, in model order. */
  unscored: { id: string; name: string }[];
  /** Dimensions whose entered weights did not total exactly 100% and were normalised. */
  normalisedDimensions: Dimension[];
  params: Pick<ScoringParams, 'tableAccounts' | 'listTopN' | 'labelTopN' | 'maxBubbles'>;
}

export function scoringPeriodIndex(model: KamModel, period: string | undefined): number {
  if (period === undefined) return model.revenue.periods.length - 1;
  return model.revenue.periods.findIndex((candidate) => candidate.label === period);
}

/** Growth first, then harmony: the order of tables and of `ScoredAccount.scores`. */
function orderedCriteria(scoring: ScoringData) {
  return DIMENSIONS.flatMap((dimension) => {
    const members = criteriaOf(scoring.criteria, dimension);
    const weights = normalisedWeights(members.map(({ criterion }) => criterion));
    return members.map(({ criterion, index }, position) => ({
      index,
      scored: { name: criterion.name, dimension, weight: weights[position] ?? 0 },
    }));
  });
}

/** compareByValueDesc on the combined score, without copying accounts on every comparison. */
function byCombined(a: ScoredAccount, b: ScoredAccount): number {
  return b.combined - a.combined || compareByNameThenId(a, b);
}

function summarise(accounts: readonly ScoredAccount[], total: number): QuadrantSummary[] {
  // One pass; each quadrant's revenue is summed in ranking order.
  const count = new Map<Quadrant, number>(QUADRANTS.map((quadrant) => [quadrant, 0]));
  const revenue = new Map<Quadrant, number>(QUADRANTS.map((quadrant) => [quadrant, 0]));
  for (const account of accounts) {
    count.set(account.quadrant, (count.get(account.quadrant) ?? 0) + 1);
    revenue.set(account.quadrant, (revenue.get(account.quadrant) ?? 0) + account.revenue);
  }
  return QUADRANTS.map((quadrant) => {
    const sum = revenue.get(quadrant) ?? 0;
    return {
      quadrant,
      count: count.get(quadrant) ?? 0,
      revenue: sum,
      revenueShare: total > 0 ? sum / total : 0,
    };
  });
}

function normalisedDimensions(scoring: ScoringData): Dimension[] {
  return DIMENSIONS.filter((dimension) => {
    const total = criteriaOf(scoring.criteria, dimension).reduce(
      (sum, { criterion }) => sum + criterion.weight,
      0,
    );
    return Math.abs(total - 1) > 1e-9;
  });
}

/**
 * Accounts of the model with both dimension scores; others (a batch deck's other divisions) drop.
 * Rank and quadrant are filled in by the caller once all accounts are scored.
 */
function scoreAccounts(
  model: KamModel,
  scoring: ScoringData,
  ordered: ReturnType<typeof orderedCriteria>,
  params: ScoringParams,
  periodIndex: number,
): ScoredAccount[] {
  const names = new Map(model.accounts.map((account) => [account.id, account.name]));
  const growthOf = dimensionScorer(scoring.criteria, 'Growth');
  const harmonyOf = dimensionScorer(scoring.criteria, 'Harmony');
  const scored: ScoredAccount[] = [];
  for (const entry of scoring.accounts) {
    const name = names.get(entry.accountId);
    const growth = growthOf(entry.scores);
    const harmony = harmonyOf(entry.scores);
    if (name === undefined || growth === undefined || harmony === undefined) continue;
    const scores = ordered.map(({ index }) => entry.scores[index] ?? null);
    const missing: string[] = [];
    for (let i = 0; i < scores.length; i += 1)
      if (scores[i] === null) missing.push(ordered[i]?.scored.name ?? '');
    const combined = combinedScore(growth, harmony, params.growthWeight);
    const revenue = model.revenue.values[entry.accountId]?.[periodIndex] ?? 0;
    // Fields in the result's order; no object spread per account (it shows at 100,000 accounts).
    scored.push({
      id: entry.accountId,
      name,
      growth,
      harmony,
      combined,
      revenue,
      scores,
      missing,
      rank: 0,
      quadrant: 'selective',
    });
  }
  return scored;
}

const NO_SCORING: ScoringData = { criteriaSheet: '', scoresSheet: '', criteria: [], accounts: [] };

export function analyseScoring(model: KamModel, params: ScoringParams): ScoringResult {
  const scoring = model.scoring ?? NO_SCORING;
  const periodIndex = scoringPeriodIndex(model, params.period);
  const ordered = orderedCriteria(scoring);
  const accounts = scoreAccounts(model, scoring, ordered, params, periodIndex);
  const lines = quadrantLines(accounts, params.quadrant);
  for (const account of accounts)
    account.quadrant = quadrantOf(account.growth, account.harmony, lines);
  accounts.sort(byCombined).forEach((account, index) => {
    account.rank = index + 1;
  });
  const totalRevenue = accounts.reduce((sum, account) => sum + account.revenue, 0);
  const scoredIds = new Set(accounts.map((account) => account.id));
  return {
    criteriaSheet: scoring.criteriaSheet,
    scoresSheet: scoring.scoresSheet,
    criteria: ordered.map(({ scored: criterion }) => criterion),
    accounts,
    lines,
    growthWeight: params.growthWeight,
    period: model.revenue.periods[periodIndex]?.label,
    equalBubbles: totalRevenue <= 0,
    totalRevenue,
    quadrants: summarise(accounts, totalRevenue),
    unscored: model.accounts
      .filter((account) => !scoredIds.has(account.id))
      .map((account) => ({ id: account.id, name: account.name })),
    normalisedDimensions: normalisedDimensions(scoring),
    params: {
      tableAccounts: params.tableAccounts,
      listTopN: params.listTopN,
      labelTopN: params.labelTopN,
      maxBubbles: params.maxBubbles,
    },
  };
}
