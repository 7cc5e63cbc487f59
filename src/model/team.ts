/** Validated data of the Team, RACI sheet(s). PLACEHOLDER: the team slide work defines it. */
export interface TeamData {
  readonly placeholder?: never;
}
