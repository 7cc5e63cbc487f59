/** Sums of sales lines per account, per product and per matrix cell; margins as 0–1 fractions. */
import type { SalesLine } from '../../model/sales.js';

export interface Totals {
  revenue: number;
  profit: number;
  /** profit / revenue; see `marginOf` for no revenue. */
  margin: number;
}

/**
 * Gross margin as a fraction. Without revenue there is no margin to speak of: a loss then reads as
 * −100% (so it shades and ranks as a loss), anything else as 0%.
 */
export function marginOf(revenue: number, profit: number): number {
  if (revenue > 0) return profit / revenue;
  return profit < 0 ? -1 : 0;
}

export function totalsOf(lines: readonly SalesLine[]): Totals {
  let revenue = 0;
  let profit = 0;
  for (const line of lines) {
    revenue += line.revenue;
    profit += line.grossProfit;
  }
  return { revenue, profit, margin: marginOf(revenue, profit) };
}

/** Lines grouped by a key, groups in order of first appearance. */
export function groupLines(
  lines: readonly SalesLine[],
  keyOf: (line: SalesLine) => string,
): Map<string, SalesLine[]> {
  const groups = new Map<string, SalesLine[]>();
  for (const line of lines) {
    const key = keyOf(line);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [line]);
    else group.push(line);
  }
  return groups;
}

/**
 * Distinct accounts per key (a product, a matrix cell), from lines grouped by account: what
 * `accountCount` gives for each key's lines, in one pass over all lines. An account's lines come
 * together, so remembering the last account seen per key is enough to count each account once.
 */
export function accountsPerKey<Key>(
  byAccount: ReadonlyMap<string, readonly SalesLine[]>,
  keyOf: (line: SalesLine) => Key,
): Map<Key, number> {
  const counts = new Map<Key, number>();
  const lastAccount = new Map<Key, string>();
  byAccount.forEach((lines, accountId) => {
    for (const line of lines) {
      const key = keyOf(line);
      if (lastAccount.get(key) === accountId) continue;
      lastAccount.set(key, accountId);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  });
  return counts;
}

/** Distinct account IDs among lines. */
export function accountCount(lines: readonly SalesLine[]): number {
  return new Set(lines.map((line) => line.accountId)).size;
}

/** profit / total profit, 0 when the total is not positive (shares of a loss mean nothing). */
export function profitShare(profit: number, totalProfit: number): number {
  return totalProfit > 0 ? profit / totalProfit : 0;
}
