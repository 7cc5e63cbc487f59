/**
 * Ranking by value with running cumulative shares: the shared core of Pareto and ABC.
 * Shares are 0–1 fractions; nothing is rounded here (rounding happens only when formatting).
 */

export interface ValuedItem {
  id: string;
  name: string;
  value: number;
}

export interface RankedItem extends ValuedItem {
  /** 1-based position after sorting. */
  rank: number;
  /** value / total (0 when the total is 0). */
  share: number;
  /** Running sum of shares up to and including this item. */
  cumulativeShare: number;
  /** Running sum of shares before this item. */
  previousCumulativeShare: number;
}

/** Shares within this tolerance of a cut count as reaching it (sums of floats drift by ~1e-16). */
export const SHARE_EPSILON = 1e-9;

/** Descending by value; ties by name then id so the order never depends on input order. */
export function compareByValueDesc(a: ValuedItem, b: ValuedItem): number {
  return b.value - a.value || compareByNameThenId(a, b);
}

/** The tie-break of every ranking: name (English collation), then id. */
export function compareByNameThenId(
  a: { name: string; id: string },
  b: { name: string; id: string },
): number {
  return a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function rankByValue(items: readonly ValuedItem[]): { ranked: RankedItem[]; total: number } {
  const sorted = [...items].sort(compareByValueDesc);
  const total = sorted.reduce((sum, item) => sum + item.value, 0);
  let running = 0;
  const ranked = sorted.map((item, index) => {
    const previous = total === 0 ? 0 : running / total;
    running += item.value;
    // Dividing the running sum (not adding rounded shares) keeps the last share exactly 1.
    const cumulativeShare = total === 0 ? 0 : running / total;
    // Fields listed, not spread: spreading an object and adding fields costs ~30× more in V8,
    // which showed at 100,000 accounts.
    return {
      id: item.id,
      name: item.name,
      value: item.value,
      rank: index + 1,
      share: total === 0 ? 0 : item.value / total,
      cumulativeShare,
      previousCumulativeShare: previous,
    };
  });
  return { ranked, total };
}
