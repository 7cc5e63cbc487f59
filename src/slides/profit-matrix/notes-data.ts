/**
 * What the matrix slide's text templates see: the result plus the figures the headline and notes
 * name. Optional values are passed as explicit `undefined` keys (templates run in strict mode).
 */
import type { ComposeContext } from '../slide-module.js';
import type { ProfitMatrixResult } from './result.js';
import { policyText } from './policies.js';

export function notesData(result: ProfitMatrixResult, ctx: ComposeContext) {
  const [A, B, C, D] = result.customerTotals;
  const [P1, P2, P3, P4] = result.productTotals;
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
    lossAccounts,
    lossCount: lossAccounts.length,
    lossProducts,
    products: result.products,
    customerTotals: result.customerTotals.map((total) => ({
      ...total,
      accountNames: result.customers
        .filter((customer) => customer.category === total.category)
        .map((customer) => customer.name)
        .join(', '),
    })),
    cells: result.cells.map((cell) => ({
      ...cell,
      hasSales: cell.margin !== undefined,
      margin: cell.margin ?? 0,
      policy: policyText(result, cell, ctx),
    })),
    accountsWithoutSales: result.accountsWithoutSales,
  };
}
