/** Validated data of the Stakeholders, Influence sheet(s). PLACEHOLDER: the org-chart slide work defines it. */
export interface StakeholderData {
  readonly placeholder?: never;
}
