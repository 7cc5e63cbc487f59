/** Validated data of the Divisions sheet(s). PLACEHOLDER: the division-map slide work defines it. */
export interface DivisionData {
  readonly placeholder?: never;
}
