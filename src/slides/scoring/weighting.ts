/**
 * The arithmetic of the scoring matrix, kept apart so each rule is tested on its own:
 * weighted score = Σ weight × score over the criteria scored, divided by the weights of those
 * criteria (1 when all are scored and the weights total 100%).
 */
import type { Dimension, ScoringCriterion } from '../../model/scoring.js';

/**
 * Weighted score of one dimension: Σ wᵢsᵢ / Σ wᵢ over the criteria with a score. With every score
 * present and weights totalling 1 this is the plain Σ wᵢsᵢ; missing scores re-normalise the
 * weights of the criteria present. Undefined when no criterion has a score.
 */
export function weightedScore(
  weights: readonly number[],
  scores: readonly (number | null)[],
): number | undefined {
  let weighted = 0;
  let weightPresent = 0;
  weights.forEach((weight, index) => {
    const score = scores[index];
    if (score === null || score === undefined) return;
    weighted += weight * score;
    weightPresent += weight;
  });
  return weightPresent > 0 ? weighted / weightPresent : undefined;
}

/** The criteria of one dimension with their positions in the full list. */
export function criteriaOf(
  criteria: readonly ScoringCriterion[],
  dimension: Dimension,
): { criterion: ScoringCriterion; index: number }[] {
  return criteria
    .map((criterion, index) => ({ criterion, index }))
    .filter(({ criterion }) => criterion.dimension === dimension);
}

/** Weights of one dimension divided by their total, so they sum to exactly 1. */
export function normalisedWeights(criteria: readonly ScoringCriterion[]): number[] {
  const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  return criteria.map((criterion) => (total > 0 ? criterion.weight / total : 0));
}

/** Weighted score of an account in one dimension (see `weightedScore`). */
export function dimensionScore(
  criteria: readonly ScoringCriterion[],
  scores: readonly (number | null)[],
  dimension: Dimension,
): number | undefined {
  const members = criteriaOf(criteria, dimension);
  return weightedScore(
    normalisedWeights(members.map(({ criterion }) => criterion)),
    members.map(({ index }) => scores[index] ?? null),
  );
}

/**
 * `dimensionScore` for one dimension, prepared once for many accounts: the members and their
 * normalised weights are found once, and each account is scored without building lists.
 */
export function dimensionScorer(
  criteria: readonly ScoringCriterion[],
  dimension: Dimension,
): (scores: readonly (number | null)[]) => number | undefined {
  const members = criteriaOf(criteria, dimension);
  const indexes = members.map(({ index }) => index);
  const weights = normalisedWeights(members.map(({ criterion }) => criterion));
  return (scores) => {
    // The arithmetic of weightedScore, in the same order (a plain loop: no closure per account).
    let weighted = 0;
    let weightPresent = 0;
    for (let position = 0; position < weights.length; position += 1) {
      const weight = weights[position] ?? 0;
      const score = scores[indexes[position] ?? -1] ?? null;
      if (score === null) continue;
      weighted += weight * score;
      weightPresent += weight;
    }
    return weightPresent > 0 ? weighted / weightPresent : undefined;
  };
}

/** Median of a non-empty list (mean of the middle two for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Combined score: growthWeight × growth + (1 − growthWeight) × harmony. */
export function combinedScore(growth: number, harmony: number, growthWeight: number): number {
  return growthWeight * growth + (1 - growthWeight) * harmony;
}
