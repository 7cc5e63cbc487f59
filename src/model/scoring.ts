/**
 * Validated data of the Scoring criteria and Scores sheets: weighted criteria in two dimensions
 * (growth and harmony) and each account's 1–10 score per criterion.
 */

export const DIMENSIONS = ['Growth', 'Harmony'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Lowest and highest score; always "higher is more attractive". */
export const SCORE_MIN = 1;
export const SCORE_MAX = 10;

export interface ScoringCriterion {
  name: string;
  dimension: Dimension;
  /**
   * The weight as entered, a 0–1 fraction. After validation the weights of one dimension total
   * 100% ± 0.5%; analyses divide by the dimension's total, so a 99.8% total is normalised.
   */
  weight: number;
}

export interface AccountScores {
  accountId: string;
  /**
   * One score per criterion, aligned with `ScoringData.criteria`; `null` where the cell was empty.
   * Gaps only survive validation with `allowPartialScores`, and every account keeps at least one
   * score per dimension.
   */
  scores: (number | null)[];
}

export interface ScoringData {
  /** Sheet names as written in the workbook, for notes. */
  criteriaSheet: string;
  scoresSheet: string;
  /** In sheet order; every criterion has a column in the Scores sheet. */
  criteria: ScoringCriterion[];
  /** Scored accounts in Scores-sheet order (accounts without scores are absent). */
  accounts: AccountScores[];
}
