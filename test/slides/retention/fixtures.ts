/** Models with an MRR sheet for the retention tests: hand-written, random and large. */
import type { KamModel } from '../../../src/model/model.js';
import { parsePeriod } from '../../../src/model/periods.js';
import { makeModel, seededRandom } from '../../helpers/model.js';

export interface AccountMrrRow {
  id: string;
  name?: string;
  mrr: number[];
}

/** A model whose MRR sheet holds the given rows (Revenue is left with one empty period). */
export function mrrModel(periodLabels: string[], rows: AccountMrrRow[]): KamModel {
  const model = makeModel(
    ['FY2026'],
    rows.map((row) => ({ id: row.id, name: row.name ?? `Account ${row.id}`, revenue: [0] })),
  );
  const periods = periodLabels.map((label) => {
    const period = parsePeriod(label);
    if (period === undefined) throw new Error(`bad period ${label}`);
    return period;
  });
  return {
    ...model,
    mrr: { periods, values: Object.fromEntries(rows.map((row) => [row.id, row.mrr])) },
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `count` month labels starting at Oct 2025: Oct 2025, Nov 2025, … */
export function monthLabels(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const month = 9 + index;
    return `${MONTHS[month % 12]} ${2025 + Math.floor(month / 12)}`;
  });
}

/**
 * Random MRR: each account starts paying in some month (or at once), then each month stays, grows,
 * shrinks or stops (and may come back), with cents, so the sums are real floats.
 */
export function randomMrrModel(seed: number, accounts: number, months: number): KamModel {
  const random = seededRandom(seed);
  const rows = Array.from({ length: accounts }, (_, index) => {
    let value = random() < 0.8 ? Math.round(random() ** 3 * 5_000_000) / 100 : 0;
    const mrr = Array.from({ length: months }, () => {
      const roll = random();
      if (value === 0) value = roll < 0.15 ? Math.round(random() * 2_000_000) / 100 : 0;
      else if (roll < 0.05) value = 0;
      else if (roll < 0.25) value = Math.round(value * (0.5 + random()) * 100) / 100;
      return value;
    });
    return { id: `R${index + 1}`, name: `Random ${String(index + 1).padStart(5, '0')}`, mrr };
  });
  return mrrModel(monthLabels(months), rows);
}
