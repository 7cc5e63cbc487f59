/** Validated data of the Scoring criteria, Scores sheet(s). PLACEHOLDER: the scoring slide work defines it. */
export interface ScoringData {
  readonly placeholder?: never;
}
