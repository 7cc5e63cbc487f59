/**
 * Validated data of the Sales sheet (sales lines per account and product, with gross profit) and
 * the optional Profit policies sheet (a 4 × 4 grid of service policies), for the profit matrix.
 */

/** Customer categories by customer profitability: A is the most profitable. */
export const CUSTOMER_CATEGORIES = ['A', 'B', 'C', 'D'] as const;
export type CustomerCategory = (typeof CUSTOMER_CATEGORIES)[number];

/** Product categories by product profitability: 1 is the most profitable. */
export const PRODUCT_CATEGORIES = [1, 2, 3, 4] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export interface SalesLine {
  accountId: string;
  /** The product's name as first written in the sheet (later spellings are mapped to it). */
  product: string;
  /** Revenue of the line, 0 or more. */
  revenue: number;
  /** Gross profit of the line (revenue − cost); negative for a loss. */
  grossProfit: number;
  /** Sheet row, for notes and stable ordering. */
  row: number;
}

/** One policy text per cell: `grid.A[0]` is the policy for A customers buying category-1 products. */
export type PolicyGrid = Record<CustomerCategory, readonly [string, string, string, string]>;

export interface SalesData {
  /** The Sales sheet's name as written in the workbook, for notes. */
  sheet: string;
  /** In sheet order. */
  lines: SalesLine[];
  /**
   * Categories the user gave in the Sales sheet's Product category column: present only when
   * every product has one (the reader makes that an error otherwise).
   */
  productCategories?: Record<string, ProductCategory>;
  /** Categories the user gave in the Customer category column, per account ID; same rule. */
  customerCategories?: Record<string, CustomerCategory>;
  /** The Profit policies sheet, when the workbook has a complete one. */
  policies?: { sheet: string; grid: PolicyGrid };
}
