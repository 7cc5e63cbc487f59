/** Scoring models built by hand for analysis and compose tests: no workbook, no I/O. */
import type { KamModel } from '../../../src/model/model.js';
import type { Dimension, ScoringCriterion } from '../../../src/model/scoring.js';
import { makeModel, seededRandom } from '../../helpers/model.js';

export type CriterionLine = [name: string, dimension: Dimension, weight: number];

export interface ScoredLine {
  id: string;
  name?: string;
  /** Revenue of the single period FY2026. */
  revenue?: number;
  scores: (number | null)[];
}

/** The method doc's worked check: growth weights 15/35/20/30 %, one harmony criterion. */
export const WORKED_CRITERIA: CriterionLine[] = [
  ['Revenue potential', 'Growth', 0.15],
  ['Cost to serve', 'Growth', 0.35],
  ['Demand stability', 'Growth', 0.2],
  ['Access to new markets', 'Growth', 0.3],
  ['Strategic fit', 'Harmony', 1],
];

export function scoringModel(
  criteria: readonly CriterionLine[],
  accounts: readonly ScoredLine[],
  extraAccounts: readonly { id: string; name: string }[] = [],
): KamModel {
  const model = makeModel(
    ['FY2026'],
    [
      ...accounts.map((line) => ({
        id: line.id,
        name: line.name ?? `Account ${line.id}`,
        revenue: [line.revenue ?? 0],
      })),
      ...extraAccounts.map((account) => ({ ...account, revenue: [0] })),
    ],
  );
  const scoringCriteria: ScoringCriterion[] = criteria.map(([name, dimension, weight]) => ({
    name,
    dimension,
    weight,
  }));
  return {
    ...model,
    scoring: {
      criteriaSheet: 'Scoring criteria',
      scoresSheet: 'Scores',
      criteria: scoringCriteria,
      accounts: accounts.map((line) => ({ accountId: line.id, scores: [...line.scores] })),
    },
  };
}

/** Two growth and two harmony criteria, 50/50 each: weighted score = mean of the two scores. */
export const EVEN_CRITERIA: CriterionLine[] = [
  ['G1', 'Growth', 0.5],
  ['G2', 'Growth', 0.5],
  ['H1', 'Harmony', 0.5],
  ['H2', 'Harmony', 0.5],
];

/** `count` accounts with seeded whole scores 1–10 and skewed revenue; every 25th has a long name. */
export function manyScoredAccounts(count: number, seed = 7): KamModel {
  const random = seededRandom(seed);
  const score = () => 1 + Math.floor(random() * 10);
  const accounts = Array.from({ length: count }, (_, index) => ({
    id: `A${String(index + 1).padStart(3, '0')}`,
    name:
      index % 25 === 0
        ? `Consolidated Regional Hospital Networks of the Northern Provinces ${index + 1}`
        : `Account ${index + 1}`,
    revenue: Math.round(5_000_000 / (index + 1) ** 1.1),
    scores: EVEN_CRITERIA.map(score),
  }));
  return scoringModel(EVEN_CRITERIA, accounts);
}
