/**
 * Sales sheet: FY2026 sales lines per account and product (Account ID, Account, Product, Revenue,
 * Gross profit) for the profit matrix. Each account's lines add up exactly to its FY2026 revenue
 * in the Revenue sheet (the churned payer has none); the product mix follows the account's
 * industry and plan. Margins sit around each product's list margin, a few points lower for the
 * largest accounts (negotiated discounts), so profit rank and revenue rank differ a little.
 * Two stories show losses: Tasman Ridge's troubled CarePath migration (Data Migration Services
 * sold below cost) and Caldera Genomics' stalled onboarding, whose over-budget integration work
 * makes the account loss-making overall (category D by rule).
 */
import type { AccountRow, RevenueRow } from '../generate.js';
import type { SampleBase, SampleCell, SampleSheet } from './sample-sheet.js';
import { between, mulberry32, roundTo, type Rng } from './random.js';

type Product =
  | 'EHR Cloud Suite'
  | 'Claims Analytics'
  | 'Clinical Trials Hub'
  | 'Population Health'
  | 'Premium Support'
  | 'Imaging Archive'
  | 'Integration Services'
  | 'Data Migration Services';

/** List gross margin of each product (subscriptions high, services low). */
const LIST_MARGIN: Record<Product, number> = {
  'EHR Cloud Suite': 0.72,
  'Claims Analytics': 0.67,
  'Clinical Trials Hub': 0.61,
  'Population Health': 0.56,
  'Premium Support': 0.47,
  'Imaging Archive': 0.38,
  'Integration Services': 0.24,
  'Data Migration Services': 0.09,
};

type Mix = Partial<Record<Product, number>>;

/** Revenue mix by industry (weights, normalised per account). */
const MIX: Record<AccountRow['Industry'], Mix> = {
  Hospital: { 'EHR Cloud Suite': 60, 'Imaging Archive': 18, 'Integration Services': 12 },
  'Health system': {
    'EHR Cloud Suite': 52,
    'Population Health': 18,
    'Imaging Archive': 14,
    'Integration Services': 10,
  },
  Payer: { 'Claims Analytics': 62, 'Population Health': 22, 'Integration Services': 10 },
  Laboratory: { 'EHR Cloud Suite': 45, 'Imaging Archive': 28, 'Integration Services': 18 },
  Pharma: { 'Clinical Trials Hub': 68, 'Integration Services': 16, 'Imaging Archive': 8 },
  Medtech: { 'Imaging Archive': 48, 'Clinical Trials Hub': 30, 'Integration Services': 22 },
};

/** Life-sciences laboratories run trials rather than hospital records. */
const RESEARCH_LAB_MIX: Mix = {
  'Clinical Trials Hub': 55,
  'Integration Services': 28,
  'Imaging Archive': 17,
};

/**
 * Story accounts: mix weights added to the usual mix (or replacing it), and margins that override
 * the list margin.
 */
const STORIES: Record<string, { addMix?: Mix; replaceMix?: Mix; margin?: Mix }> = {
  'Tasman Ridge Private Hospitals': {
    addMix: { 'Data Migration Services': 14 },
    margin: { 'Data Migration Services': -0.35 },
  },
  'Caldera Genomics': {
    replaceMix: {
      'Clinical Trials Hub': 40,
      'Integration Services': 45,
      'Data Migration Services': 15,
    },
    margin: {
      'Clinical Trials Hub': 0.35,
      'Integration Services': -0.5,
      'Data Migration Services': -0.3,
    },
  },
  'Evenstar Health Assurance': { margin: { 'Claims Analytics': 0.56 } },
};

const hundreds = (value: number) => roundTo(value, 100);

/** This sheet's own stream ("SALE"), so its draws never disturb the other sheets. */
const rngFor = (seed: number): Rng => mulberry32(seed ^ 0x53414c45);

/** The account's product weights: industry mix, support for Premium plans, migration when onboarding. */
function mixFor(account: AccountRow, revenue: RevenueRow): Mix {
  const research = account.Industry === 'Laboratory' && account.Division === 'Life Sciences';
  const mix: Mix = { ...(research ? RESEARCH_LAB_MIX : MIX[account.Industry]) };
  if (account.Plan === 'Premium') mix['Premium Support'] = 8;
  const onboarding = account.Onboarding === 'In progress' || revenue.FY2024 === 0;
  if (onboarding) mix['Data Migration Services'] = 5;
  const story = STORIES[account.Account];
  return story?.replaceMix ?? { ...mix, ...story?.addMix };
}

/** Negotiated discount on margins for the largest accounts (points off the list margin). */
function discountFor(total: number): number {
  if (total >= 5_000_000) return 0.05;
  return total >= 2_000_000 ? 0.025 : 0;
}

function accountLines(
  account: AccountRow,
  revenue: RevenueRow,
  rng: Rng,
): Record<string, SampleCell>[] {
  const total = revenue.FY2026;
  if (total <= 0) return [];
  const mix = Object.entries(mixFor(account, revenue)) as [Product, number][];
  // Jitter the weights a little so accounts of one industry do not share one mix.
  const weights = mix.map(
    ([product, weight]) => [product, weight * between(rng, 0.8, 1.2)] as const,
  );
  const sum = weights.reduce((acc, [, weight]) => acc + weight, 0);
  const lines = weights
    .map(([product, weight]) => ({ product, revenue: hundreds((total * weight) / sum) }))
    .sort((a, b) => b.revenue - a.revenue || a.product.localeCompare(b.product));
  // The largest line takes the rounding remainder, so the lines add up to FY2026 revenue exactly.
  const first = lines[0];
  if (first !== undefined) first.revenue += total - lines.reduce((acc, l) => acc + l.revenue, 0);
  const story = STORIES[account.Account]?.margin ?? {};
  const discount = discountFor(total);
  return lines
    .filter((line) => line.revenue > 0)
    .map((line) => {
      const margin =
        story[line.product] ?? LIST_MARGIN[line.product] - discount + between(rng, -0.03, 0.03);
      return {
        'Account ID': account['Account ID'],
        Account: account.Account,
        Product: line.product,
        Revenue: line.revenue,
        'Gross profit': hundreds(line.revenue * margin),
      };
    });
}

function salesRows(base: SampleBase): Record<string, SampleCell>[] {
  const rng = rngFor(base.seed);
  return base.accounts.flatMap((account, index) => {
    const revenue = base.revenue[index];
    return revenue === undefined ? [] : accountLines(account, revenue, rng);
  });
}

export const salesSheets: SampleSheet[] = [
  {
    name: 'Sales',
    columns: [
      { header: 'Account ID', width: 11 },
      { header: 'Account', width: 44 },
      { header: 'Product', width: 24 },
      { header: 'Revenue', width: 13, numFmt: '#,##0' },
      { header: 'Gross profit', width: 13, numFmt: '#,##0' },
    ],
    rows: salesRows,
    frozenColumns: 2,
  },
];
