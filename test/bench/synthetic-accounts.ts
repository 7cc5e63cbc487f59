/**
 * The account book of a synthetic benchmark workbook: any number of accounts, drawn from a seeded
 * PRNG so a size and a seed always give the same cells. Revenue follows a Pareto law (α ≈ 1.16,
 * the 80/20 shape real key-account books have); a few accounts are new or churned, so the ABC
 * migration and retention slides have movement to show. Kept in typed arrays: 100,000 accounts
 * cost a few megabytes, and every sheet reads the same figures.
 */

// The sample generator's seeded PRNG: the same stream, so a size and seed always give the same cells.
import { mulberry32, type Rng } from '../../sample-data/sheets/random.js';

export { mulberry32, type Rng };

/** An independent stream per sheet, so one sheet's draws never shift another's. */
export function rngFor(seed: number, purpose: string): Rng {
  let hash = 0x811c9dc5 ^ seed;
  for (const char of purpose) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return mulberry32(hash);
}

export const between = (rng: Rng, min: number, max: number): number => min + (max - min) * rng();
export const pick = <T>(rng: Rng, items: readonly T[]): T =>
  items[Math.floor(rng() * items.length)] as T;
export const hundreds = (value: number): number => Math.round(value / 100) * 100;

export const FISCAL_YEARS = ['FY2024', 'FY2025', 'FY2026'] as const;
export const AS_OF = new Date(Date.UTC(2026, 8, 30));

/** What happened to an account over the three years. */
export const Trend = { Steady: 0, New: 1, Churned: 2 } as const;

export interface AccountBook {
  seed: number;
  size: number;
  divisions: string[];
  kams: string[];
  /** Revenue per fiscal year, one array per year. */
  revenue: [Float64Array, Float64Array, Float64Array];
  trend: Uint8Array;
  /** Indexes of accounts ordered by FY2026 revenue, largest first. */
  byRevenue: Uint32Array;
}

const PREFIXES = ['North', 'Silver', 'Granite', 'Blue', 'Oak', 'Harbor', 'Summit', 'Cedar'];
const STEMS = ['vale', 'field', 'ridge', 'water', 'brook', 'crest', 'haven', 'moor', 'gate'];
const KINDS = ['Health', 'Logistics', 'Foods', 'Energy', 'Retail', 'Pharma', 'Telecom', 'Bank'];

export const accountId = (index: number): string => `KA-${String(index + 1).padStart(6, '0')}`;

/** A readable, deterministic name; the ID suffix keeps names unique in large books. */
export function accountName(index: number): string {
  const a = PREFIXES[index % PREFIXES.length] ?? '';
  const b = STEMS[Math.floor(index / PREFIXES.length) % STEMS.length] ?? '';
  const c = KINDS[Math.floor(index / (PREFIXES.length * STEMS.length)) % KINDS.length] ?? '';
  return `${a}${b} ${c} ${index + 1}`;
}

export function divisionNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Division ${String(i + 1).padStart(3, '0')}`);
}

/** One KAM per ~150 accounts (at least 4), as real teams scale. */
export function kamNames(accounts: number): string[] {
  const count = Math.max(4, Math.ceil(accounts / 150));
  return Array.from({ length: count }, (_, i) => `KAM ${String(i + 1).padStart(4, '0')}`);
}

/** Pareto draw (α = 1.16 gives the 80/20 rule), scaled to a floor of $20K and capped at $60M. */
function paretoRevenue(rng: Rng): number {
  const alpha = 1.16;
  return Math.min(60_000_000, 20_000 * (1 - rng()) ** (-1 / alpha));
}

export function buildAccountBook(size: number, divisions: number, seed: number): AccountBook {
  const rng = rngFor(seed, 'book');
  const revenue: AccountBook['revenue'] = [
    new Float64Array(size),
    new Float64Array(size),
    new Float64Array(size),
  ];
  const trend = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) {
    const fy26 = paretoRevenue(rng);
    const fy25 = fy26 / between(rng, 0.85, 1.3);
    const fy24 = fy25 / between(rng, 0.85, 1.3);
    const fate = rng();
    trend[i] = fate < 0.03 ? Trend.New : fate < 0.06 ? Trend.Churned : Trend.Steady;
    revenue[0][i] = trend[i] === Trend.New ? 0 : hundreds(fy24);
    revenue[1][i] = hundreds(fy25);
    revenue[2][i] = trend[i] === Trend.Churned ? 0 : hundreds(fy26);
  }
  const order = Array.from({ length: size }, (_, i) => i);
  order.sort((a, b) => (revenue[2][b] ?? 0) - (revenue[2][a] ?? 0) || a - b);
  return {
    seed,
    size,
    divisions: divisionNames(divisions),
    kams: kamNames(size),
    revenue,
    trend,
    byRevenue: Uint32Array.from(order),
  };
}

/** The current MRR of an account: 80% of its FY2026 revenue spread over twelve months. */
export const currentMrr = (book: AccountBook, index: number): number =>
  hundreds(((book.revenue[2][index] ?? 0) * 0.8) / 12);

/** The n largest accounts (by FY2026 revenue), as indexes. */
export const topAccounts = (book: AccountBook, n: number): number[] =>
  Array.from(book.byRevenue.subarray(0, Math.min(n, book.size)));
