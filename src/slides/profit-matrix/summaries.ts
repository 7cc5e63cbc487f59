/**
 * The result's lists, from sales lines whose categories are known: accounts by gross profit (with
 * the products they buy), products by category then margin, and category totals (the sixteen
 * cells are in matrix-cells.ts).
 */
import type { CustomerCategory, ProductCategory, SalesLine } from '../../model/sales.js';
import { sortSmall } from '../../analysis/sort-small.js';
import { accountsPerKey, marginOf, profitShare, totalsOf, type Totals } from './aggregate.js';
import type { AccountProduct, CategoryTotal, CustomerRow, ProductRow } from './result.js';

export interface Categorised {
  lines: readonly SalesLine[];
  /** Account ID → name. */
  names: ReadonlyMap<string, string>;
  /** The lines of each account and of each product, in order of first appearance. */
  byAccount: ReadonlyMap<string, readonly SalesLine[]>;
  byProduct: ReadonlyMap<string, readonly SalesLine[]>;
  /** Category of an account ID. */
  customerOf: (accountId: string) => CustomerCategory;
  /** Category of a product name. */
  productOf: (product: string) => ProductCategory;
  /** All lines' totals: the base of profit shares. */
  all: Totals;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en');

const byRevenue = (a: AccountProduct, b: AccountProduct) =>
  b.revenue - a.revenue || byName(a.product, b.product);

/**
 * The products one account buys, with the totals of its lines of each (summed in line order, as
 * `totalsOf` does), largest revenue first. Built without grouping lists: it runs per account.
 */
function accountProducts(input: Categorised, own: readonly SalesLine[]): AccountProduct[] {
  const products: AccountProduct[] = [];
  const index = own.length > 16 ? new Map<string, AccountProduct>() : undefined;
  for (const line of own) {
    let product =
      index !== undefined
        ? index.get(line.product)
        : products.find((entry) => entry.product === line.product);
    if (product === undefined) {
      const name = line.product;
      product = {
        product: name,
        category: input.productOf(name),
        revenue: 0,
        profit: 0,
        margin: 0,
      };
      products.push(product);
      index?.set(name, product);
    }
    product.revenue += line.revenue;
    product.profit += line.grossProfit;
  }
  for (const product of products) product.margin = marginOf(product.revenue, product.profit);
  return sortSmall(products, byRevenue);
}

export function customerRows(input: Categorised): CustomerRow[] {
  const { names, customerOf, all } = input;
  const rows: CustomerRow[] = [];
  input.byAccount.forEach((own, id) => {
    const { revenue, profit, margin } = totalsOf(own);
    // Fields listed in the result's order, rank filled in below: no object spread per account.
    rows.push({
      id,
      name: names.get(id) ?? id,
      category: customerOf(id),
      rank: 0,
      profitShare: profitShare(profit, all.profit),
      products: accountProducts(input, own),
      revenue,
      profit,
      margin,
    });
  });
  rows.sort((a, b) => b.profit - a.profit || byName(a.name, b.name) || byName(a.id, b.id));
  rows.forEach((row, index) => {
    row.rank = index + 1;
  });
  return rows;
}

export function productRows(input: Categorised): ProductRow[] {
  const { productOf, all } = input;
  const accounts = accountsPerKey(input.byAccount, (line) => line.product);
  return [...input.byProduct]
    .map(([name, own]) => {
      const totals = totalsOf(own);
      return {
        name,
        category: productOf(name),
        rank: 0,
        accounts: accounts.get(name) ?? 0,
        profitShare: profitShare(totals.profit, all.profit),
        ...totals,
      };
    })
    .sort((a, b) => b.margin - a.margin || byName(a.name, b.name))
    .map((row, index) => ({ ...row, rank: index + 1 }))
    .sort((a, b) => a.category - b.category || a.rank - b.rank);
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
