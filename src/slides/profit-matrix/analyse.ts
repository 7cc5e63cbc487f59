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
import { categorise, DEFAULT_CUTS, type CutMethod, type Cuts, type Group } from './categorise.js';
import type { ProfitMatrixResult } from './result.js';
import {
  categoryTotal,
  customerRows,
  matrixCells,
  productRows,
  type Categorised,
} from './summaries.js';

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
  byAccount: Map<string, SalesLine[]>,
  names: ReadonlyMap<string, string>,
  sales: SalesData,
  params: ProfitMatrixParams,
): Map<string, CustomerCategory> {
  const given = sales.customerCategories;
  if (given !== undefined)
    return new Map([...byAccount.keys()].map((id) => [id, given[id] ?? 'D']));
  const items = [...byAccount].map(([id, lines]) => {
    const profit = totalsOf(lines).profit;
    return { id, name: names.get(id) ?? id, rankValue: profit, profit };
  });
  const cuts: Cuts = [params.customerCutA, params.customerCutB, params.customerCutC];
  const groups = categorise(items, params.customerMethod, cuts);
  return new Map(items.map((item) => [item.id, customerOf(groups.get(item.id) ?? 3)]));
}

function productCategories(
  byProduct: Map<string, SalesLine[]>,
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
  const customers = customerCategories(byAccount, names, sales, params);
  const products = productCategories(
    groupLines(lines, (line) => line.product),
    sales,
    params,
  );
  return {
    lines,
    names,
    customerOf: (accountId) => customers.get(accountId) ?? 'D',
    productOf: (product) => products.get(product) ?? 4,
    all: totalsOf(lines),
  };
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
  const inCustomerCategory = (category: CustomerCategory) =>
    lines.filter((line) => input.customerOf(line.accountId) === category);
  const withSales = new Set(customers.map((row) => row.id));
  const inProductCategory = (category: ProductCategory) =>
    lines.filter((line) => input.productOf(line.product) === category);
  return {
    sheet: sales.sheet,
    policies: sales.policies,
    customerBasis: sales.customerCategories === undefined ? params.customerMethod : 'given',
    productBasis: sales.productCategories === undefined ? params.productMethod : 'given',
    customerCuts: [params.customerCutA, params.customerCutB, params.customerCutC],
    productCuts: [params.productCut1, params.productCut2, params.productCut3],
    customers,
    products,
    cells: matrixCells(input),
    customerTotals: CUSTOMER_CATEGORIES.map((category) => {
      const count = customers.filter((row) => row.category === category).length;
      return { category, ...categoryTotal(inCustomerCategory(category), count, all) };
    }),
    productTotals: PRODUCT_CATEGORIES.map((category) => {
      const count = products.filter((row) => row.category === category).length;
      return { category, ...categoryTotal(inProductCategory(category), count, all) };
    }),
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
