/**
 * The per-account sheets of a synthetic workbook (Accounts, Revenue, MRR, Scores, Sales), as
 * generators of rows in column order: the streaming writer commits each row as it comes, so even
 * 100,000 accounts never sit in memory as cell objects. Headers follow README.md's input contract.
 */
import {
  accountId,
  accountName,
  AS_OF,
  between,
  currentMrr,
  FISCAL_YEARS,
  hundreds,
  pick,
  rngFor,
  Trend,
  type AccountBook,
} from './synthetic-accounts.js';
import {
  CRITERIA,
  INDUSTRIES,
  MRR_MONTHS,
  ONBOARDING,
  PRODUCTS,
  REGIONS,
} from './synthetic-vocabulary.js';

export type Cell = string | number | Date | null;

export interface SheetColumn {
  header: string;
  width: number;
  numFmt?: string;
}

export interface SyntheticSheet {
  name: string;
  columns: SheetColumn[];
  rows: (book: AccountBook) => Iterable<Cell[]>;
}

const MONEY = '#,##0';
function planOf(revenue: number): string {
  if (revenue >= 1_000_000) return 'Premium';
  return revenue >= 250_000 ? 'Standard' : 'Basic';
}

function* accountRows(book: AccountBook): Iterable<Cell[]> {
  const rng = rngFor(book.seed, 'accounts');
  for (let i = 0; i < book.size; i += 1) {
    const mrr = currentMrr(book, i);
    const plan = planOf(book.revenue[2][i] ?? 0);
    const onboarding = pick(rng, ONBOARDING);
    const endangered = rng() < 0.08;
    const renewalMonth = 9 + Math.floor(rng() * 27);
    yield [
      accountId(i),
      accountName(i),
      pick(rng, book.divisions),
      pick(rng, REGIONS),
      pick(rng, INDUSTRIES),
      pick(rng, book.kams),
      plan,
      mrr,
      plan === 'Premium' ? null : hundreds(mrr * between(rng, 0.25, 0.8)),
      onboarding,
      onboarding === 'Completed' ? 1 : Math.round(between(rng, 0, 90)) / 100,
      Math.round(endangered ? between(rng, 3, 5.8) * 10 : between(rng, 6.2, 9.6) * 10) / 10,
      Math.round(endangered ? between(rng, 5, 38) : between(rng, 45, 98)),
      Math.floor(between(rng, 0, endangered ? 90 : 15)),
      new Date(Date.UTC(2026 + Math.floor(renewalMonth / 12), (renewalMonth % 12) + 1, 0)),
      endangered && rng() < 0.5 ? 'yes' : null,
    ];
  }
}

function* revenueRows(book: AccountBook): Iterable<Cell[]> {
  for (let i = 0; i < book.size; i += 1)
    yield [accountId(i), accountName(i), ...book.revenue.map((year) => year[i] ?? 0)];
}

/** Monthly MRR ending at the Accounts sheet's MRR; new accounts start, churned ones stop, mid-year. */
function mrrPath(book: AccountBook, index: number, rng: () => number): number[] {
  const last = currentMrr(book, index);
  const turn = 1 + Math.floor(rng() * (MRR_MONTHS.length - 2));
  const trend = book.trend[index];
  if (trend === Trend.Churned) {
    const before = hundreds(((book.revenue[1][index] ?? 0) * 0.8) / 12);
    return MRR_MONTHS.map((_, month) => (month < turn ? before : 0));
  }
  if (trend === Trend.New) return MRR_MONTHS.map((_, month) => (month < turn ? 0 : last));
  const step = between(rng, 0.85, 1.2);
  return MRR_MONTHS.map((_, month) => (month < turn ? hundreds(last / step) : last));
}

function* mrrRows(book: AccountBook): Iterable<Cell[]> {
  const rng = rngFor(book.seed, 'mrr');
  for (let i = 0; i < book.size; i += 1)
    yield [accountId(i), accountName(i), ...mrrPath(book, i, rng)];
}

function* scoreRows(book: AccountBook): Iterable<Cell[]> {
  const rng = rngFor(book.seed, 'scores');
  for (let i = 0; i < book.size; i += 1) {
    const size = Math.min(1, Math.log10(Math.max(1, book.revenue[2][i] ?? 0)) / 7);
    const scores = CRITERIA.map(() =>
      Math.min(10, Math.max(1, Math.round(1 + 8 * size + between(rng, -2.5, 2.5)))),
    );
    yield [accountId(i), accountName(i), ...scores];
  }
}

/** 1–4 product lines per account whose revenue adds up to FY2026 revenue exactly. */
function* salesRows(book: AccountBook): Iterable<Cell[]> {
  const rng = rngFor(book.seed, 'sales');
  for (let i = 0; i < book.size; i += 1) {
    const total = book.revenue[2][i] ?? 0;
    if (total <= 0) continue;
    const count = 1 + Math.floor(rng() * 4);
    const weights = Array.from({ length: count }, () => between(rng, 0.2, 1));
    const sum = weights.reduce((acc, weight) => acc + weight, 0);
    const amounts = weights.map((weight) => hundreds((total * weight) / sum));
    amounts[0] = (amounts[0] ?? 0) + total - amounts.reduce((acc, amount) => acc + amount, 0);
    for (const [line, amount] of amounts.entries()) {
      const [product, margin] = PRODUCTS[(i + line) % PRODUCTS.length] ?? PRODUCTS[0];
      if (amount <= 0) continue;
      const profit = hundreds(amount * (margin + between(rng, -0.05, 0.05)));
      yield [accountId(i), accountName(i), product, amount, profit];
    }
  }
}

const idColumns = (nameWidth = 32): SheetColumn[] => [
  { header: 'Account ID', width: 12 },
  { header: 'Account', width: nameWidth },
];

export const ACCOUNT_SHEETS: SyntheticSheet[] = [
  {
    name: 'Accounts',
    columns: [
      ...idColumns(),
      ...['Division', 'Region', 'Industry', 'KAM', 'Plan'].map((header) => ({ header, width: 14 })),
      { header: 'MRR', width: 11, numFmt: MONEY },
      { header: 'Upsell MRR', width: 11, numFmt: MONEY },
      { header: 'Onboarding', width: 12 },
      { header: 'Onboarding %', width: 12, numFmt: '0%' },
      { header: 'Satisfaction', width: 12, numFmt: '0.0' },
      { header: 'Engagement', width: 12 },
      { header: 'Days in queue', width: 12 },
      { header: 'Renewal date', width: 12, numFmt: 'yyyy-mm-dd' },
      { header: 'Risk flag', width: 9 },
    ],
    rows: accountRows,
  },
  {
    name: 'Revenue',
    columns: [
      ...idColumns(),
      ...FISCAL_YEARS.map((header) => ({ header, width: 13, numFmt: MONEY })),
    ],
    rows: revenueRows,
  },
  {
    name: 'MRR',
    columns: [
      ...idColumns(),
      ...MRR_MONTHS.map((header) => ({ header, width: 10, numFmt: MONEY })),
    ],
    rows: mrrRows,
  },
  {
    name: 'Scores',
    columns: [...idColumns(), ...CRITERIA.map(([header]) => ({ header, width: 12 }))],
    rows: scoreRows,
  },
  {
    name: 'Sales',
    columns: [
      ...idColumns(),
      { header: 'Product', width: 20 },
      { header: 'Revenue', width: 12, numFmt: MONEY },
      { header: 'Gross profit', width: 12, numFmt: MONEY },
    ],
    rows: salesRows,
  },
];

export { AS_OF };
