/**
 * Splitting ranked items into four categories (0 = best … 3 = worst), by one of two conventions:
 *
 * - `quartile`: rank by the ranking value, descending (ties by name, then id), and cut into four
 *   groups of equal count; when the count does not divide by 4 the first groups get one more
 *   (7 items → 2, 2, 2, 1).
 * - `cumulative`: rank the same way and accumulate the items' profit as a share of the total
 *   profit; an item belongs to the first group whose cut its share *before* it is still below
 *   (so the item that crosses a cut stays in the better group, as in the ABC analysis). Default
 *   cuts 50% / 80% / 95%: the first group holds the items up to half of the profit.
 *
 * Loss-making items (profit < 0) always go to the last group and take no part in the ranking;
 * in the cumulative method items with no profit at all land there too (they add no share).
 * Customers rank by their gross profit; products rank by their gross margin %, with profit as the
 * cumulative weight (the highest-margin products that make the first half of profit are 1).
 */
import { compareByNameThenId, SHARE_EPSILON } from '../../analysis/cumulative.js';

export const CUT_METHODS = ['quartile', 'cumulative'] as const;
export type CutMethod = (typeof CUT_METHODS)[number];

/** Category index: 0 is the best (A or 1), 3 the worst (D or 4). */
export type Group = 0 | 1 | 2 | 3;
export const GROUPS: readonly Group[] = [0, 1, 2, 3];

/** Upper cumulative shares of the first three groups, 0–1 and ascending. */
export type Cuts = readonly [number, number, number];
export const DEFAULT_CUTS: Cuts = [0.5, 0.8, 0.95];

export interface CategorisedItem {
  id: string;
  name: string;
  /** What the ranking sorts by (profit for customers, margin for products). */
  rankValue: number;
  /** Gross profit: the loss test and the cumulative weight. */
  profit: number;
}

/** compareByValueDesc on the ranking value, without copying items on every comparison. */
function ranked(items: readonly CategorisedItem[]): CategorisedItem[] {
  return [...items].sort((a, b) => b.rankValue - a.rankValue || compareByNameThenId(a, b));
}

/** Sizes of four groups of (nearly) equal count, larger groups first: 7 → [2, 2, 2, 1]. */
export function quartileSizes(count: number): [number, number, number, number] {
  const base = Math.floor(count / 4);
  const extra = count % 4;
  return [0, 1, 2, 3].map((group) => base + (group < extra ? 1 : 0)) as [
    number,
    number,
    number,
    number,
  ];
}

function byQuartile(items: readonly CategorisedItem[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  const sizes = quartileSizes(items.length);
  let group: Group = 0;
  let filled = 0;
  for (const item of ranked(items)) {
    while (filled >= sizes[group] && group < 3) {
      group = (group + 1) as Group;
      filled = 0;
    }
    groups.set(item.id, group);
    filled += 1;
  }
  return groups;
}

function byCumulative(items: readonly CategorisedItem[], cuts: Cuts): Map<string, Group> {
  const groups = new Map<string, Group>();
  const total = items.reduce((sum, item) => sum + item.profit, 0);
  let running = 0;
  for (const item of ranked(items)) {
    const before = total > 0 ? running / total : 1;
    running += item.profit;
    const group = cuts.findIndex((cut) => before < cut - SHARE_EPSILON);
    groups.set(item.id, item.profit > 0 && group >= 0 ? (group as Group) : 3);
  }
  return groups;
}

/** id → group for every item; loss-makers in group 3. */
export function categorise(
  items: readonly CategorisedItem[],
  method: CutMethod,
  cuts: Cuts = DEFAULT_CUTS,
): Map<string, Group> {
  const profitable = items.filter((item) => item.profit >= 0);
  const groups = method === 'quartile' ? byQuartile(profitable) : byCumulative(profitable, cuts);
  for (const item of items) if (item.profit < 0) groups.set(item.id, 3);
  return groups;
}
