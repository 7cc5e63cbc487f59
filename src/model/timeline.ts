/** Validated data of the Timeline sheet(s). PLACEHOLDER: the timeline slide work defines it. */
export interface TimelineData {
  readonly placeholder?: never;
}
