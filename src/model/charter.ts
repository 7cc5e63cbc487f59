/** Validated data of the Charter sheet(s). PLACEHOLDER: the charter slide work defines it. */
export interface CharterData {
  readonly placeholder?: never;
}
