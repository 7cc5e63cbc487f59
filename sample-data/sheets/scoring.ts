/**
 * Scoring sample: ten criteria (four growth, six harmony) with realistic weights, and a 1–10 score
 * per criterion for all 40 accounts, derived from the story of the account book: large accounts
 * score high (more potential, cheaper to serve, closer fit), growing ones score high on growth and
 * innovation, unhappy or flagged ones (risk flag) low on harmony; the churned payer scores low everywhere. A
 * small deterministic jitter per cell keeps the tables from looking machine-made.
 */
import type { AccountRow, RevenueRow } from '../generate.js';
import type { SampleBase, SampleCell, SampleSheet } from './sample-sheet.js';

type Dimension = 'Growth' | 'Harmony';

/** What an account's scores are derived from, each 0–1 (risk is 0 or 1). */
interface Traits {
  size: number;
  growth: number;
  satisfaction: number;
  engagement: number;
  risk: number;
  premium: number;
  innovator: number;
  international: number;
}

interface Criterion {
  name: string;
  dimension: Dimension;
  /** Whole percent. */
  weight: number;
  score: (t: Traits) => number;
}

// prettier-ignore
const CRITERIA: readonly Criterion[] = [
  { name: 'Revenue potential', dimension: 'Growth', weight: 35, score: (t) => 2 + 5 * t.size + 3 * t.growth },
  { name: 'Cost to serve', dimension: 'Growth', weight: 15, score: (t) => 3.5 + 3.5 * t.size + 1.5 * t.engagement - t.risk },
  { name: 'Demand stability', dimension: 'Growth', weight: 30, score: (t) => 2 + 3 * t.size + 4 * Math.min(1, 1.6 * t.growth) - 1.5 * t.risk },
  { name: 'Access to new markets', dimension: 'Growth', weight: 20, score: (t) => 2 + 3 * t.size + 3 * t.growth + 0.8 * t.international },
  { name: 'Strategic fit', dimension: 'Harmony', weight: 25, score: (t) => 2 + 4 * t.size + 3 * t.satisfaction - 2.5 * t.risk },
  { name: 'Culture', dimension: 'Harmony', weight: 15, score: (t) => 2 + 2 * t.size + 4 * t.satisfaction + 1.5 * t.engagement - 2 * t.risk },
  { name: 'Vision', dimension: 'Harmony', weight: 15, score: (t) => 2 + 3 * t.size + 2 * t.satisfaction + 2 * t.growth - t.risk },
  { name: 'Overall strategy', dimension: 'Harmony', weight: 15, score: (t) => 2 + 4 * t.size + 2.5 * t.satisfaction - 2.5 * t.risk },
  { name: 'Product and service requirements', dimension: 'Harmony', weight: 20, score: (t) => 3 + 3 * t.size + 2 * t.engagement + t.premium },
  { name: 'Culture of innovation', dimension: 'Harmony', weight: 10, score: (t) => 2 + 2 * t.size + 3 * t.growth + t.innovator },
];

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

/** FNV-1a hash of the text as a fraction in [0, 1): the same cell always gets the same jitter. */
function hashFraction(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return (hash >>> 0) / 4294967296;
}

function traitsOf(account: AccountRow, revenue: RevenueRow | undefined): Traits {
  const current = revenue?.FY2026 ?? 0;
  const previous = revenue?.FY2025 ?? 0;
  // log scale: about $60K → 0, $10M → 1.
  const size = current > 0 ? clamp01((Math.log10(current) - 4.75) / 2.25) : 0;
  const rate = previous > 0 ? current / previous : current > 0 ? 1.6 : 0;
  return {
    size,
    growth: clamp01((rate - 0.75) / 0.9),
    satisfaction: clamp01((account.Satisfaction - 4) / 5),
    engagement: clamp01(account.Engagement / 100),
    risk: account['Risk flag'] === 'yes' ? 1 : 0,
    premium: account.Plan === 'Premium' ? 1 : 0,
    innovator: account.Industry === 'Pharma' || account.Industry === 'Medtech' ? 1 : 0,
    international: account.Region === 'North America' ? 0 : 1,
  };
}

function scoringRows(base: SampleBase): Record<string, SampleCell>[] {
  const revenueById = new Map(base.revenue.map((row) => [row['Account ID'], row]));
  return base.accounts.map((account) => {
    const id = account['Account ID'];
    const traits = traitsOf(account, revenueById.get(id));
    const row: Record<string, SampleCell> = { 'Account ID': id, Account: account.Account };
    for (const criterion of CRITERIA) {
      const jitter = 1.6 * (hashFraction(`${base.seed}:${id}:${criterion.name}`) - 0.5);
      const score = Math.round(criterion.score(traits) + jitter);
      row[criterion.name] = Math.min(10, Math.max(1, score));
    }
    return row;
  });
}

function criteriaRows(): Record<string, SampleCell>[] {
  return CRITERIA.map((criterion) => ({
    Criterion: criterion.name,
    Dimension: criterion.dimension,
    // A fraction shown as a percentage, the way people type "35%" in Excel.
    Weight: criterion.weight / 100,
  }));
}

export const scoringSheets: SampleSheet[] = [
  {
    name: 'Scoring criteria',
    columns: [
      { header: 'Criterion', width: 34 },
      { header: 'Dimension', width: 12 },
      { header: 'Weight', width: 10, numFmt: '0%' },
    ],
    rows: criteriaRows,
  },
  {
    name: 'Scores',
    columns: [
      { header: 'Account ID', width: 11 },
      { header: 'Account', width: 48 },
      ...CRITERIA.map((criterion) => ({ header: criterion.name, width: 14, numFmt: '0' })),
    ],
    rows: scoringRows,
    frozenColumns: 2,
  },
];
