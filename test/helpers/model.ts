/** Builds validated models by hand for analysis tests: no workbook, no I/O. */
import type { Account, KamModel, Period } from '../../src/model/model.js';
import { parsePeriod } from '../../src/model/periods.js';

export interface AccountRevenue {
  id: string;
  name?: string;
  revenue: number[];
  extra?: Partial<Account>;
}

export function makeModel(periodLabels: string[], rows: AccountRevenue[]): KamModel {
  const periods: Period[] = periodLabels.map((label) => {
    const period = parsePeriod(label);
    if (period === undefined) throw new Error(`bad period ${label}`);
    return period;
  });
  return {
    source: 'test.xlsx',
    deck: {
      title: 'Test deck',
      subtitle: '',
      company: 'Acme',
      client: '',
      period: periodLabels.at(-1) ?? '',
      author: '',
      currency: 'USD',
      locale: 'en-US',
      confidentiality: '',
      asOf: new Date(Date.UTC(2026, 8, 30)),
    },
    accounts: rows.map((row) => ({
      id: row.id,
      name: row.name ?? `Account ${row.id}`,
      ...row.extra,
    })),
    revenue: {
      periods,
      values: Object.fromEntries(rows.map((row) => [row.id, row.revenue])),
    },
  };
}

/** One-period model from plain revenues: ids A1, A2, … */
export function singlePeriod(revenues: number[]): KamModel {
  return makeModel(
    ['FY2026'],
    revenues.map((value, index) => ({
      id: `A${index + 1}`,
      name: `Account ${index + 1}`,
      revenue: [value],
    })),
  );
}

/** Seeded PRNG (mulberry32) for large or property-style tests. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
