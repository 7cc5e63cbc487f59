/**
 * The result's lists, from sales lines whose categories are known: accounts by gross profit (with
 * the products they buy), products by category then margin, the sixteen cells and category totals.
 */
import {
  CUSTOMER_CATEGORIES,
  PRODUCT_CATEGORIES,
  type CustomerCategory,
  type ProductCategory,
  type SalesLine,
} from '../../model/sales.js';
import {
  accountCount,
  groupLines,
  marginOf,
  profitShare,
  totalsOf,
  type Totals,
} from './aggregate.js';
import type { CategoryTotal, CustomerRow, MatrixCell, ProductRow } from './result.js';

export interface Categorised {
  lines: readonly SalesLine[];
  /** Account ID → name. */
  names: ReadonlyMap<string, string>;
  /** Category of an account ID. */
  customerOf: (accountId: string) => CustomerCategory;
  /** Category of a product name. */
  productOf: (product: string) => ProductCategory;
  /** All lines' totals: the base of profit shares. */
  all: Totals;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en');

export function customerRows(input: Categorised): CustomerRow[] {
  const { lines, names, customerOf, productOf, all } = input;
  return [...groupLines(lines, (line) => line.accountId)]
    .map(([id, own]) => {
      const products = [...groupLines(own, (line) => line.product)]
        .map(([product, productLines]) => ({
          product,
          category: productOf(product),
          ...totalsOf(productLines),
        }))
        .sort((a, b) => b.revenue - a.revenue || byName(a.product, b.product));
      const totals = totalsOf(own);
      return {
        id,
        name: names.get(id) ?? id,
        category: customerOf(id),
        rank: 0,
        profitShare: profitShare(totals.profit, all.profit),
        products,
        ...totals,
      };
    })
    .sort((a, b) => b.profit - a.profit || byName(a.name, b.name) || byName(a.id, b.id))
    .map((row, index) => ({ ...row, rank: index + 1 }));
}

export function productRows(input: Categorised): ProductRow[] {
  const { lines, productOf, all } = input;
  return [...groupLines(lines, (line) => line.product)]
    .map(([name, own]) => {
      const totals = totalsOf(own);
      return {
        name,
        category: productOf(name),
        rank: 0,
        accounts: accountCount(own),
        profitShare: profitShare(totals.profit, all.profit),
        ...totals,
      };
    })
    .sort((a, b) => b.margin - a.margin || byName(a.name, b.name))
    .map((row, index) => ({ ...row, rank: index + 1 }))
    .sort((a, b) => a.category - b.category || a.rank - b.rank);
}

export function matrixCells(input: Categorised): MatrixCell[] {
  const { lines, customerOf, productOf, all } = input;
  return CUSTOMER_CATEGORIES.flatMap((customer) =>
    PRODUCT_CATEGORIES.map((product) => {
      const own = lines.filter(
        (line) => customerOf(line.accountId) === customer && productOf(line.product) === product,
      );
      const totals = totalsOf(own);
      return {
        customer,
        product,
        revenue: totals.revenue,
        profit: totals.profit,
        margin: own.length === 0 ? undefined : marginOf(totals.revenue, totals.profit),
        accounts: accountCount(own),
        profitShare: profitShare(totals.profit, all.profit),
      };
    }),
  );
}

/** Totals of the lines in one category; `count` is the number of accounts or products in it. */
export function categoryTotal(
  lines: readonly SalesLine[],
  count: number,
  all: Totals,
): CategoryTotal {
  const totals = totalsOf(lines);
  return {
    ...totals,
    count,
    profitShare: profitShare(totals.profit, all.profit),
    revenueShare: all.revenue > 0 ? totals.revenue / all.revenue : 0,
  };
}
