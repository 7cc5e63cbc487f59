/**
 * What the matrix slide's text templates see: the result plus the figures the headline and notes
 * name. Optional values are passed as explicit `undefined` keys (templates run in strict mode).
 */
import { boundedList, boundedMap, listLimit } from '../../compose/bounded-list.js';
import type { ComposeContext } from '../slide-module.js';
import type { ProfitMatrixResult } from './result.js';
import { policyText } from './policies.js';

/** The names of a category's accounts, at most `limit` of them. */
function categoryNames(result: ProfitMatrixResult, category: string, limit: number) {
  const members = result.customers.filter((customer) => customer.category === category);
  return boundedMap(members, (customer) => customer.name, limit);
}

export function notesData(result: ProfitMatrixResult, ctx: ComposeContext) {
  const [A, B, C, D] = result.customerTotals;
  const [P1, P2, P3, P4] = result.productTotals;
  const limit = listLimit(ctx);
  const lossAccounts = result.customers.filter((customer) => customer.profit < 0);
  const lossProducts = result.products.filter((product) => product.profit < 0);
  return {
    source: ctx.source,
    sheet: result.sheet,
    policiesSheet: result.policies?.sheet,
    customerBasis: result.customerBasis,
    productBasis: result.productBasis,
    customerCuts: result.customerCuts,
    productCuts: result.productCuts,
    total: result.total,
    A,
    B,
    C,
    D,
    P1,
    P2,
    P3,
    P4,
    accountShareA: result.total.accounts === 0 ? 0 : (A?.count ?? 0) / result.total.accounts,
    lossAccounts: boundedList(lossAccounts, limit),
    lossCount: lossAccounts.length,
    lossProducts,
    products: boundedList(result.products, limit),
    customerTotals: result.customerTotals.map((total) => {
      const names = categoryNames(result, total.category, limit);
      return { ...total, accountNames: names.items.join(', '), moreNames: names.more };
    }),
    cells: result.cells.map((cell) => ({
      ...cell,
      hasSales: cell.margin !== undefined,
      margin: cell.margin ?? 0,
      policy: policyText(result, cell, ctx),
    })),
    accountsWithoutSales: boundedList(result.accountsWithoutSales, limit),
  };
}
