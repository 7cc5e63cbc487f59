/**
 * MRR sheet (wide): Account ID, Account, then one column per month from Oct 2025 to Sep 2026.
 *
 * Built backwards from each account's MRR in the Accounts sheet (the last month equals it exactly),
 * following the revenue story: stable accounts stay flat or get one price uplift, growing accounts
 * step up two or three times, declining and shrinking ones step down (the contractions), Redcliff
 * Shores Health Plan (churned at its June 2026 renewal) pays until June and is 0 from July, and
 * the two accounts new in FY2025 (0 in FY2024) go live during the window: Sakuragawa in November
 * (ramping up in March) and Caldera in January. Values are whole hundreds, like Accounts.
 */
import type { AccountRow, RevenueRow } from '../generate.js';
import type { SampleBase, SampleSheet } from './sample-sheet.js';
import { between, mulberry32, roundTo, type Rng } from './random.js';

export const MRR_MONTHS = [
  'Oct 2025',
  'Nov 2025',
  'Dec 2025',
  'Jan 2026',
  'Feb 2026',
  'Mar 2026',
  'Apr 2026',
  'May 2026',
  'Jun 2026',
  'Jul 2026',
  'Aug 2026',
  'Sep 2026',
] as const;

type Story = 'stable' | 'grow' | 'riser' | 'decline' | 'shrink' | 'new' | 'churn';

/** One change of MRR: from month index `at` on, MRR is `factor` times what it was before. */
interface Step {
  at: number;
  factor: number;
}

const monthIndex = (rng: Rng) => 1 + Math.floor(rng() * (MRR_MONTHS.length - 1));
const hundreds = (value: number) => roundTo(value, 100);

/** This sheet's own stream ("MRR1"), so its draws never disturb the other sheets. */
const rngFor = (seed: number): Rng => mulberry32(seed ^ 0x4d525231);

/** The story an account follows, read from its revenue path (the generator's trends). */
export function storyOf(revenue: RevenueRow): Story {
  if (revenue.FY2024 === 0) return 'new';
  if (revenue.FY2026 === 0) return 'churn';
  const growth = revenue.FY2026 / revenue.FY2025;
  if (growth >= 1.4) return 'riser';
  if (growth >= 1.09) return 'grow';
  if (growth < 0.85) return 'shrink';
  return growth < 0.98 ? 'decline' : 'stable';
}

function steps(story: Story, rng: Rng): Step[] {
  const draw = (count: number, min: number, max: number) =>
    Array.from({ length: count }, () => ({ at: monthIndex(rng), factor: between(rng, min, max) }));
  switch (story) {
    case 'stable':
      // Most stable accounts get a price uplift at some point in the year; the rest stay flat.
      return rng() < 0.55 ? draw(1, 1.02, 1.06) : [];
    case 'grow':
      return draw(2, 1.04, 1.09);
    case 'riser':
      return draw(3, 1.12, 1.2);
    case 'decline':
      return draw(1, 0.9, 0.96);
    case 'shrink':
      return draw(2, 0.84, 0.9);
    default:
      return [];
  }
}

/** MRR per month ending exactly at `last`: earlier months divide out the later steps. */
function pathEndingAt(last: number, stepList: readonly Step[]): number[] {
  return MRR_MONTHS.map((_, month) => {
    if (month === MRR_MONTHS.length - 1) return last;
    const later = stepList.filter((step) => step.at > month);
    return hundreds(later.reduce((value, step) => value / step.factor, last));
  });
}

function churnPath(revenue: RevenueRow): number[] {
  // MRR before the churn: last full year's revenue per month, as the Accounts sheet derives MRR.
  const before = hundreds((revenue.FY2025 * 0.8) / 12);
  const julyIndex = MRR_MONTHS.indexOf('Jul 2026');
  return MRR_MONTHS.map((_, month) => (month < julyIndex ? before : 0));
}

function newAccountPath(account: AccountRow, goLive: string, rampAt?: string): number[] {
  const start = MRR_MONTHS.indexOf(goLive as (typeof MRR_MONTHS)[number]);
  const ramp =
    rampAt === undefined ? -1 : MRR_MONTHS.indexOf(rampAt as (typeof MRR_MONTHS)[number]);
  return MRR_MONTHS.map((_, month) => {
    if (month < start) return 0;
    // Phase one goes live at about 70% of the contracted MRR; the rest follows at the ramp month.
    return ramp > start && month < ramp ? hundreds(account.MRR * 0.7) : account.MRR;
  });
}

function mrrPath(account: AccountRow, revenue: RevenueRow, rng: Rng, newIndex: number): number[] {
  const story = storyOf(revenue);
  if (story === 'churn') return churnPath(revenue);
  if (story === 'new')
    return newIndex === 0
      ? newAccountPath(account, 'Nov 2025', 'Mar 2026')
      : newAccountPath(account, 'Jan 2026');
  return pathEndingAt(account.MRR, steps(story, rng));
}

function mrrRows(base: SampleBase) {
  const rng = rngFor(base.seed);
  let newCount = 0;
  return base.accounts.map((account, index) => {
    const revenue = base.revenue[index];
    if (revenue === undefined) throw new Error(`no revenue row for ${account['Account ID']}`);
    const isNew = storyOf(revenue) === 'new';
    const path = mrrPath(account, revenue, rng, isNew ? newCount : -1);
    if (isNew) newCount += 1;
    return {
      'Account ID': account['Account ID'],
      Account: account.Account,
      ...Object.fromEntries(MRR_MONTHS.map((month, m) => [month, path[m] ?? 0])),
    };
  });
}

export const mrrSheets: SampleSheet[] = [
  {
    name: 'MRR',
    columns: [
      { header: 'Account ID', width: 11 },
      { header: 'Account', width: 48 },
      ...MRR_MONTHS.map((month) => ({ header: month, width: 11, numFmt: '#,##0' })),
    ],
    rows: mrrRows,
    frozenColumns: 2,
  },
];
