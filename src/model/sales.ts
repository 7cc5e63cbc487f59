/** Validated data of the Sales, Profit policies sheet(s). PLACEHOLDER: the profit-matrix slide work defines it. */
export interface SalesData {
  readonly placeholder?: never;
}
