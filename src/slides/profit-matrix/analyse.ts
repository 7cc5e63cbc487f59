/**
 * The profit matrix: customers in categories A–D by gross profit, products in categories 1–4 by
 * gross margin % (categorise.ts has the conventions), and per cell (customer category × product
 * category) the revenue, gross profit and number of accounts of the sales lines that fall there.
 * Categories the user gave in the Sales sheet replace the computed ones. Only accounts of the model
 * count, so a batch deck for some accounts analyses their lines alone.
 */
import type { KamModel } from '../../model/model.js';
import {
  CUSTOMER_CATEGORIES,
  PRODUCT_CATEGORIES,
  type CustomerCategory,
  type ProductCategory,
  type SalesData,
  type SalesLine,
} from '../../model/sales.js';
import { groupLines, totalsOf } from './aggregate.js';
import {
  categorise,
  DEFAULT_CUTS,
  type CategorisedItem,
  type CutMethod,
  type Cuts,
  type Group,
} from './categorise.js';
import type { ProfitMatrixResult } from './result.js';
import { bucketLines, matrixCells } from './matrix-cells.js';
import { categoryTotal, customerRows, productRows, type Categorised } from './summaries.js';

export type * from './result.js';

export interface ProfitMatrixParams {
  customerMethod: CutMethod;
  productMethod: CutMethod;
  customerCutA: number;
  customerCutB: number;
  customerCutC: number;
  productCut1: number;
  productCut2: number;
  productCut3: number;
}

export const DEFAULT_PROFIT_MATRIX_PARAMS: ProfitMatrixParams = {
  customerMethod: 'quartile',
  productMethod: 'quartile',
  customerCutA: DEFAULT_CUTS[0],
  customerCutB: DEFAULT_CUTS[1],
  customerCutC: DEFAULT_CUTS[2],
  productCut1: DEFAULT_CUTS[0],
  productCut2: DEFAULT_CUTS[1],
  productCut3: DEFAULT_CUTS[2],
};

const customerOf = (group: Group): CustomerCategory => CUSTOMER_CATEGORIES[group] ?? 'D';
const productOf = (group: Group): ProductCategory => PRODUCT_CATEGORIES[group] ?? 4;

function customerCategories(
  byAccount: ReadonlyMap<string, readonly SalesLine[]>,
  names: ReadonlyMap<string, string>,
  sales: SalesData,
  params: ProfitMatrixParams,
): Map<string, CustomerCategory> {
  const given = sales.customerCategories;
  if (given !== undefined)
    return new Map([...byAccount.keys()].map((id) => [id, given[id] ?? 'D']));
  const items: CategorisedItem[] = [];
  byAccount.forEach((lines, id) => {
    const profit = totalsOf(lines).profit;
    items.push({ id, name: names.get(id) ?? id, rankValue: profit, profit });
  });
  const cuts: Cuts = [params.customerCutA, params.customerCutB, params.customerCutC];
  const groups = categorise(items, params.customerMethod, cuts);
  return new Map(items.map((item) => [item.id, customerOf(groups.get(item.id) ?? 3)]));
}

function productCategories(
  byProduct: ReadonlyMap<string, readonly SalesLine[]>,
  sales: SalesData,
  params: ProfitMatrixParams,
): Map<string, ProductCategory> {
  const given = sales.productCategories;
  if (given !== undefined)
    return new Map([...byProduct.keys()].map((name) => [name, given[name] ?? 4]));
  const items = [...byProduct].map(([name, lines]) => {
    const totals = totalsOf(lines);
    return { id: name, name, rankValue: totals.margin, profit: totals.profit };
  });
  const cuts: Cuts = [params.productCut1, params.productCut2, params.productCut3];
  const groups = categorise(items, params.productMethod, cuts);
  return new Map(items.map((item) => [item.id, productOf(groups.get(item.id) ?? 3)]));
}

function categorised(model: KamModel, sales: SalesData, params: ProfitMatrixParams): Categorised {
  const names = new Map(model.accounts.map((account) => [account.id, account.name]));
  const lines = sales.lines.filter((line) => names.has(line.accountId));
  const byAccount = groupLines(lines, (line) => line.accountId);
  const byProduct = groupLines(lines, (line) => line.product);
  const customers = customerCategories(byAccount, names, sales, params);
  const products = productCategories(byProduct, sales, params);
  return {
    lines,
    names,
    byAccount,
    byProduct,
    customerOf: (accountId) => customers.get(accountId) ?? 'D',
    productOf: (product) => products.get(product) ?? 4,
    all: totalsOf(lines),
  };
}

/** How many rows of each category, in the categories' order. */
function countBy<Category>(
  categories: readonly Category[],
  rows: readonly { category: Category }[],
) {
  const counts = new Map<Category, number>(categories.map((category) => [category, 0]));
  for (const row of rows) counts.set(row.category, (counts.get(row.category) ?? 0) + 1);
  return (category: Category) => counts.get(category) ?? 0;
}

export function analyseProfitMatrix(
  model: KamModel,
  params: ProfitMatrixParams,
): ProfitMatrixResult {
  const sales = model.sales ?? { sheet: 'Sales', lines: [] };
  const input = categorised(model, sales, params);
  const { lines, all } = input;
  const customers = customerRows(input);
  const products = productRows(input);
  const buckets = bucketLines(input);
  const withSales = new Set(customers.map((row) => row.id));
  const customerCount = countBy(CUSTOMER_CATEGORIES, customers);
  const productCount = countBy(PRODUCT_CATEGORIES, products);
  return {
    sheet: sales.sheet,
    policies: sales.policies,
    customerBasis: sales.customerCategories === undefined ? params.customerMethod : 'given',
    productBasis: sales.productCategories === undefined ? params.productMethod : 'given',
    customerCuts: [params.customerCutA, params.customerCutB, params.customerCutC],
    productCuts: [params.productCut1, params.productCut2, params.productCut3],
    customers,
    products,
    cells: matrixCells(input, buckets),
    customerTotals: CUSTOMER_CATEGORIES.map((category, index) => ({
      category,
      ...categoryTotal(buckets.customers[index] ?? [], customerCount(category), all),
    })),
    productTotals: PRODUCT_CATEGORIES.map((category, index) => ({
      category,
      ...categoryTotal(buckets.products[index] ?? [], productCount(category), all),
    })),
    total: {
      ...all,
      accounts: customers.length,
      products: products.length,
      lines: lines.length,
    },
    accountsWithoutSales: model.accounts
      .filter((account) => !withSales.has(account.id))
      .map((account) => ({ id: account.id, name: account.name })),
  };
}
