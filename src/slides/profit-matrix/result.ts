/** What the profit-matrix analysis returns: categories, per-cell figures and the lists behind them. */
import type { CustomerCategory, PolicyGrid, ProductCategory } from '../../model/sales.js';
import type { Totals } from './aggregate.js';
import type { CutMethod, Cuts } from './categorise.js';

export type Basis = CutMethod | 'given';

export interface AccountProduct extends Totals {
  product: string;
  category: ProductCategory;
}

export interface CustomerRow extends Totals {
  id: string;
  name: string;
  category: CustomerCategory;
  /** 1-based rank by gross profit. */
  rank: number;
  profitShare: number;
  /** Products the account buys, by revenue (largest first). */
  products: AccountProduct[];
}

export interface ProductRow extends Totals {
  name: string;
  category: ProductCategory;
  /** 1-based rank by gross margin. */
  rank: number;
  accounts: number;
  profitShare: number;
}

export interface CategoryTotal extends Totals {
  /** Accounts (customer categories) or products (product categories) in the category. */
  count: number;
  profitShare: number;
  revenueShare: number;
}

export interface MatrixCell {
  customer: CustomerCategory;
  product: ProductCategory;
  revenue: number;
  profit: number;
  /** undefined for a cell without sales lines. */
  margin: number | undefined;
  /** Distinct accounts with lines in the cell (an account buying several categories counts in each). */
  accounts: number;
  profitShare: number;
}

export interface ProfitMatrixResult {
  sheet: string;
  /** The Profit policies sheet's grid, or undefined for the template's default policies. */
  policies: { sheet: string; grid: PolicyGrid } | undefined;
  customerBasis: Basis;
  productBasis: Basis;
  customerCuts: Cuts;
  productCuts: Cuts;
  /** By gross profit, largest first. */
  customers: CustomerRow[];
  /** By category, then gross margin (highest first). */
  products: ProductRow[];
  /** Row-major: A×1, A×2, …, D×4. */
  cells: MatrixCell[];
  customerTotals: (CategoryTotal & { category: CustomerCategory })[];
  productTotals: (CategoryTotal & { category: ProductCategory })[];
  total: Totals & { accounts: number; products: number; lines: number };
  /** Accounts of the model without any Sales line: outside the matrix. */
  accountsWithoutSales: { id: string; name: string }[];
}
