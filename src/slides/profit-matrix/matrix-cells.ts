/**
 * The sixteen cells of the matrix (customer category × product category) and the lines of each
 * category: every line sorted into its buckets in one pass, sums kept in the lines' order.
 */
import {
  CUSTOMER_CATEGORIES,
  PRODUCT_CATEGORIES,
  type CustomerCategory,
  type ProductCategory,
  type SalesLine,
} from '../../model/sales.js';
import { marginOf, profitShare, totalsOf } from './aggregate.js';
import type { MatrixCell } from './result.js';
import type { Categorised } from './summaries.js';

/** The lines of each matrix cell (row-major: A×1 … D×4) and of each category, in line order. */
export interface LineBuckets {
  cells: SalesLine[][];
  customers: SalesLine[][];
  products: SalesLine[][];
}

/** Sorts every line into its cell and categories in one pass (sums keep the lines' order). */
export function bucketLines(input: Categorised): LineBuckets {
  const customerIndex = new Map<CustomerCategory, number>(
    CUSTOMER_CATEGORIES.map((category, index) => [category, index]),
  );
  const productIndex = new Map<ProductCategory, number>(
    PRODUCT_CATEGORIES.map((category, index) => [category, index]),
  );
  const buckets: LineBuckets = {
    cells: CUSTOMER_CATEGORIES.flatMap(() => PRODUCT_CATEGORIES.map(() => [])),
    customers: CUSTOMER_CATEGORIES.map(() => []),
    products: PRODUCT_CATEGORIES.map(() => []),
  };
  // Lines of one account usually come together: look its category up once per run of them.
  let [accountId, customer]: [string | undefined, number | undefined] = [undefined, undefined];
  for (const line of input.lines) {
    if (line.accountId !== accountId) {
      accountId = line.accountId;
      customer = customerIndex.get(input.customerOf(accountId));
    }
    const product = productIndex.get(input.productOf(line.product));
    if (customer !== undefined) buckets.customers[customer]?.push(line);
    if (product !== undefined) buckets.products[product]?.push(line);
    if (customer !== undefined && product !== undefined)
      buckets.cells[customer * PRODUCT_CATEGORIES.length + product]?.push(line);
  }
  return buckets;
}

/**
 * Distinct accounts with lines in each cell (row-major), as `accountCount` of each cell's lines:
 * an account's category is looked up once and its product categories marked in a bit set.
 */
function cellAccountCounts(input: Categorised): number[] {
  const counts: number[] = CUSTOMER_CATEGORIES.flatMap(() => PRODUCT_CATEGORIES.map(() => 0));
  const columns = PRODUCT_CATEGORIES.length;
  input.byAccount.forEach((own, accountId) => {
    const row = CUSTOMER_CATEGORIES.indexOf(input.customerOf(accountId));
    let bought = 0;
    for (const line of own) {
      const column = PRODUCT_CATEGORIES.indexOf(input.productOf(line.product));
      if (column >= 0) bought |= 1 << column;
    }
    for (let column = 0; column < columns && row >= 0; column += 1) {
      const cell = row * columns + column;
      if ((bought & (1 << column)) !== 0) counts[cell] = (counts[cell] ?? 0) + 1;
    }
  });
  return counts;
}

export function matrixCells(input: Categorised, buckets: LineBuckets): MatrixCell[] {
  const accounts = cellAccountCounts(input);
  return CUSTOMER_CATEGORIES.flatMap((customer, row) =>
    PRODUCT_CATEGORIES.map((product, column) => {
      const own = buckets.cells[row * PRODUCT_CATEGORIES.length + column] ?? [];
      const totals = totalsOf(own);
      return {
        customer,
        product,
        revenue: totals.revenue,
        profit: totals.profit,
        margin: own.length === 0 ? undefined : marginOf(totals.revenue, totals.profit),
        accounts: accounts[row * PRODUCT_CATEGORIES.length + column] ?? 0,
        profitShare: profitShare(totals.profit, input.all.profit),
      };
    }),
  );
}
