/**
 * Deterministic generator of the bundled sample workbook `sample-data/kam-sample.xlsx`.
 *
 * Scenario (entirely fictional — no real organisations or people):
 * "Meridian Health Cloud" sells healthcare-cloud software through three divisions — Provider Cloud,
 * Payer Solutions and Life Sciences. After acquiring "CarePath Analytics" it runs a key-account team
 * of six KAMs for 40 accounts (hospitals, health systems, payers, laboratories, pharma, medtech) in
 * North America, EMEA and APAC. Revenue is concentrated: the top 8 accounts (20%) bring roughly
 * three quarters of it. Over FY2024–FY2026 two accounts grow into the top tier through CarePath
 * cross-sell, a former top account shrinks after a troubled CarePath migration, two accounts are new
 * (0 in FY2024) and one payer churned (0 in FY2026). A handful of accounts are endangered (low
 * satisfaction, low engagement, a stalled onboarding or a risk flag). The review is "as of"
 * 2026-09-30 (Q3 2026); FY2026 is the current fiscal year (calendar year, actuals plus forecast).
 *
 * Sheets: Deck (Field | Value), Accounts (one row per account), Revenue (wide: one column per year).
 *
 * Run: `npx tsx sample-data/generate.ts [outPath]` (default: sample-data/kam-sample.xlsx).
 * Same seed → same cells, and the file is byte-identical (fixed document and zip-entry dates).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { EXTRA_SHEETS } from './sheets/index.js';
import { between, mulberry32, roundTo, type Rng } from './sheets/random.js';
import type { SampleCell } from './sheets/sample-sheet.js';

export const DEFAULT_SEED = 2026;
/** The review date, also the workbook's created/modified date. */
export const AS_OF = new Date(Date.UTC(2026, 8, 30));

export type Division = 'Provider Cloud' | 'Payer Solutions' | 'Life Sciences';
export type Region = 'North America' | 'EMEA' | 'APAC';
export type Industry = 'Hospital' | 'Health system' | 'Payer' | 'Laboratory' | 'Pharma' | 'Medtech';
export type Plan = 'Basic' | 'Standard' | 'Premium';
export type Onboarding = 'Not started' | 'In progress' | 'Completed' | 'Stalled';

export interface DeckRow {
  Field: string;
  /** `null` is an empty cell (Client: a portfolio deck names no single client). */
  Value: string | Date | null;
}

export interface AccountRow {
  'Account ID': string;
  Account: string;
  Division: Division;
  Region: Region;
  Industry: Industry;
  KAM: string;
  Plan: Plan;
  MRR: number;
  /** Premium upgrade potential per month; `null` (empty cell) for Premium accounts. */
  'Upsell MRR': number | null;
  Onboarding: Onboarding;
  /** Fraction 0–1, shown with the `0%` format. */
  'Onboarding %': number;
  Satisfaction: number;
  Engagement: number;
  'Days in queue': number;
  'Renewal date': Date;
  'Risk flag': 'yes' | null;
}

export interface RevenueRow {
  'Account ID': string;
  Account: string;
  FY2024: number;
  FY2025: number;
  FY2026: number;
}

/** Table data per sheet, keyed by the exact sheet name; row keys are the exact header texts. */
export interface SampleData {
  Deck: DeckRow[];
  Accounts: AccountRow[];
  Revenue: RevenueRow[];
  /** Sheets of the other slide kinds (sheets/), keyed by sheet name. */
  extra: Record<string, Record<string, SampleCell>[]>;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** An independent stream per purpose, so changing one sheet's draws leaves the others alone. */
function rngFor(seed: number, purpose: string): Rng {
  let h = 0x811c9dc5 ^ seed;
  for (const ch of purpose) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return mulberry32(h);
}

const intBetween = (rng: Rng, min: number, max: number): number =>
  Math.floor(between(rng, min, max + 1));
const oneDecimal = (value: number): number => Math.round(value * 10) / 10;
/** 35 → 0.35 (divide an integer, so no 0.35000000000000003). */
const wholePercent = (percent: number): number => percent / 100;
const utcDate = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
/** Last day of a month (1-based month), where most contract renewals fall. */
const monthEnd = (y: number, m: number): Date => new Date(Date.UTC(y, m, 0));

// ---------------------------------------------------------------------------------------------
// The account book (hand-written story; the PRNG only adds noise around it)

/** Revenue path towards FY2026: yearly growth ranges, applied backwards from the anchor. */
type Trend = 'stable' | 'grow' | 'riser' | 'decline' | 'shrink' | 'new' | 'churn';
/** Why an account is endangered, if it is. */
type Health = 'healthy' | 'low-satisfaction' | 'low-engagement' | 'stalled' | 'flagged' | 'churned';

interface AccountProfile {
  name: string;
  division: Division;
  industry: Industry;
  region: Region;
  /** FY2026 revenue anchor in USD (for a churned account: its last active year, FY2025). */
  size: number;
  trend: Trend;
  health?: Health;
  onboarding?: Onboarding;
  plan?: Plan;
  /** A story-relevant renewal date (yyyy-mm-dd); otherwise drawn. */
  renewal?: string;
}

type Extras = Pick<AccountProfile, 'health' | 'onboarding' | 'plan' | 'renewal'>;

function acct(
  name: string,
  division: Division,
  industry: Industry,
  region: Region,
  size: number,
  trend: Trend,
  extras: Extras = {},
): AccountProfile {
  return { name, division, industry, region, size, trend, ...extras };
}

const P: Division = 'Provider Cloud';
const Y: Division = 'Payer Solutions';
const L: Division = 'Life Sciences';
const NA: Region = 'North America';

/** In Account ID order (roughly customer-since order, so not sorted by size). */
const ACCOUNT_BOOK: readonly AccountProfile[] = [
  acct('Northvale Health System', P, 'Health system', NA, 10_100_000, 'stable'),
  acct('St. Aurelia Medical Center', P, 'Hospital', NA, 5_600_000, 'stable'),
  acct('Granite Mutual Health Insurance', Y, 'Payer', NA, 8_600_000, 'grow'),
  acct('Bluewater Regional Hospital', P, 'Hospital', NA, 1_300_000, 'stable'),
  // Former top-tier account; the CarePath platform migration went badly.
  acct('Tasman Ridge Private Hospitals', P, 'Hospital', 'APAC', 2_000_000, 'shrink', {
    health: 'low-satisfaction',
    renewal: '2026-12-31',
  }),
  acct('Lumenfield Biopharma', L, 'Pharma', 'EMEA', 4_900_000, 'grow'),
  acct('Prairie Crest Health Plan', Y, 'Payer', NA, 1_000_000, 'stable'),
  acct('Halvorsen Diagnostics', P, 'Laboratory', 'EMEA', 1_120_000, 'stable'),
  // Churned to a competitor at its mid-2026 renewal: 0 in FY2026 (size is its FY2025 revenue).
  acct('Redcliff Shores Health Plan', Y, 'Payer', NA, 700_000, 'churn', {
    health: 'churned',
    plan: 'Premium',
    renewal: '2026-06-30',
  }),
  // Top-tier payer evaluating a competitor ahead of its renewal.
  acct('Evenstar Health Assurance', Y, 'Payer', 'APAC', 3_400_000, 'decline', {
    health: 'flagged',
    renewal: '2027-01-31',
  }),
  acct('Solvane Therapeutics', L, 'Pharma', NA, 1_500_000, 'grow'),
  acct('Klinikum Rhenfeld-Oberau', P, 'Hospital', 'EMEA', 3_800_000, 'stable'),
  acct('Orrin Bay Medical Center', P, 'Hospital', NA, 780_000, 'stable'),
  acct('Aldermoor Pharmaceuticals', L, 'Pharma', 'EMEA', 620_000, 'shrink', {
    health: 'low-satisfaction',
  }),
  acct("Harbor & Pine Children's Hospital", P, 'Hospital', NA, 560_000, 'grow'),
  acct('Corvane Medical Devices', L, 'Medtech', NA, 880_000, 'grow'),
  acct('Kestrel Valley Health Partners', P, 'Health system', NA, 500_000, 'grow'),
  acct('Brightmoor Reference Laboratories', P, 'Laboratory', NA, 450_000, 'stable'),
  // Grew into the top tier with CarePath analytics; still on Standard, rolling out the add-on.
  acct('Copperline Health Plan', Y, 'Payer', NA, 4_300_000, 'riser', {
    plan: 'Standard',
    onboarding: 'In progress',
  }),
  acct('Wrenfield Mutual Health', Y, 'Payer', 'EMEA', 400_000, 'stable'),
  acct('Ashcombe Community Hospital', P, 'Hospital', 'EMEA', 320_000, 'stable'),
  // Long name on purpose (layout test). Grew into the top tier after consolidating its hospitals.
  acct(
    'Consolidated Metropolitan University Hospitals Group',
    P,
    'Health system',
    NA,
    7_200_000,
    'riser',
    {
      onboarding: 'In progress',
    },
  ),
  acct('Silverfen Valley Medical Center', P, 'Hospital', NA, 290_000, 'stable', {
    health: 'low-engagement',
  }),
  acct('Maris Coast Health Plan', Y, 'Payer', 'APAC', 260_000, 'grow'),
  acct('Helixora Biosciences', L, 'Pharma', 'APAC', 230_000, 'stable'),
  acct('Quillon Orthopaedic Devices', L, 'Medtech', 'EMEA', 210_000, 'stable'),
  acct('Eastmarch Regional Health', P, 'Health system', NA, 185_000, 'stable'),
  acct('Clearwell Pathology Labs', P, 'Laboratory', 'APAC', 160_000, 'stable'),
  acct('Thornbury Lane Hospital', P, 'Hospital', 'EMEA', 145_000, 'decline'),
  acct('Oakhollow Health Cooperative', Y, 'Payer', NA, 130_000, 'stable'),
  acct('Verdane Clinical Research', L, 'Laboratory', 'EMEA', 115_000, 'grow'),
  acct('Saltmarsh County Hospital', P, 'Hospital', NA, 100_000, 'stable'),
  acct('Fenwick Ridge Health Plan', Y, 'Payer', NA, 92_000, 'stable'),
  acct('Nimbral Medtech', L, 'Medtech', 'APAC', 84_000, 'grow'),
  acct('Elderbrook Rehabilitation Hospital', P, 'Hospital', NA, 76_000, 'stable'),
  acct('Juniper Flats Health Plan', Y, 'Payer', NA, 70_000, 'stable', {
    onboarding: 'Not started',
  }),
  acct('Marrowgate Hospital', P, 'Hospital', 'EMEA', 64_000, 'stable'),
  acct('Iverna Biologics', L, 'Pharma', 'EMEA', 60_000, 'stable', { onboarding: 'Not started' }),
  // New in FY2025 (0 in FY2024).
  acct('Sakuragawa Medical Foundation', P, 'Health system', 'APAC', 700_000, 'new', {
    onboarding: 'In progress',
  }),
  acct('Caldera Genomics', L, 'Laboratory', NA, 360_000, 'new', {
    health: 'stalled',
    onboarding: 'Stalled',
  }),
];

/** Yearly growth factor ranges (FY2024→FY2025 and FY2025→FY2026). */
const GROWTH: Record<Exclude<Trend, 'new' | 'churn'>, [number, number]> = {
  stable: [1.0, 1.08],
  grow: [1.1, 1.22],
  riser: [1.5, 1.75],
  decline: [0.9, 0.97],
  shrink: [0.68, 0.8],
};

const accountId = (index: number): string => `KA-${String(index + 1).padStart(3, '0')}`;

// ---------------------------------------------------------------------------------------------
// One function per sheet

/** Deck sheet: presentation metadata as Field | Value pairs. */
export function deckRows(): DeckRow[] {
  return [
    { Field: 'Title', Value: 'Key Account Review' },
    { Field: 'Subtitle', Value: 'Healthcare Cloud — FY2026 Q3' },
    { Field: 'Company', Value: 'Meridian Health Cloud' },
    { Field: 'Client', Value: null },
    { Field: 'Period', Value: 'Q3 2026' },
    { Field: 'Author', Value: 'Key Account Management' },
    { Field: 'Currency', Value: 'USD' },
    { Field: 'Locale', Value: 'en-US' },
    { Field: 'Confidentiality', Value: 'Confidential — internal use' },
    { Field: 'As of', Value: AS_OF },
  ];
}

/** Revenue sheet: annual revenue per account, rounded to hundreds, derived backwards from FY2026. */
export function revenueRows(seed: number): RevenueRow[] {
  const rng = rngFor(seed, 'revenue');
  return ACCOUNT_BOOK.map((profile, i) => {
    const [fy24, fy25, fy26] = revenuePath(profile, rng);
    return {
      'Account ID': accountId(i),
      Account: profile.name,
      FY2024: fy24,
      FY2025: fy25,
      FY2026: fy26,
    };
  });
}

function revenuePath(profile: AccountProfile, rng: Rng): [number, number, number] {
  const anchor = profile.size * between(rng, 0.94, 1.06);
  const r = (value: number): number => roundTo(value, 100);
  if (profile.trend === 'new') {
    // Signed during FY2025: a partial first year.
    return [0, r(anchor * between(rng, 0.25, 0.45)), r(anchor)];
  }
  if (profile.trend === 'churn') {
    // Anchor is FY2025, the last active year.
    return [r(anchor / between(rng, ...GROWTH.stable)), r(anchor), 0];
  }
  const fy25 = anchor / between(rng, ...GROWTH[profile.trend]);
  const fy24 = fy25 / between(rng, ...GROWTH[profile.trend]);
  return [r(fy24), r(fy25), r(anchor)];
}

/** Accounts sheet: master data and health indicators; MRR follows FY2026 revenue. */
export function accountRows(seed: number, revenue: readonly RevenueRow[]): AccountRow[] {
  const rng = rngFor(seed, 'accounts');
  return ACCOUNT_BOOK.map((profile, i) => {
    const lastYear = revenue[i]?.FY2026 ?? 0;
    const plan = profile.plan ?? planFor(profile.size);
    const mrr = roundTo((lastYear * between(rng, 0.72, 0.88)) / 12, 100);
    const onboarding = profile.onboarding ?? 'Completed';
    const health = healthFor(profile.health ?? 'healthy', rng);
    return {
      'Account ID': accountId(i),
      Account: profile.name,
      Division: profile.division,
      Region: profile.region,
      Industry: profile.industry,
      KAM: kamFor(profile, i),
      Plan: plan,
      MRR: mrr,
      'Upsell MRR': upsellFor(plan, mrr, rng),
      Onboarding: onboarding,
      'Onboarding %': onboardingShare(onboarding, rng),
      Satisfaction: health.satisfaction,
      Engagement: health.engagement,
      'Days in queue': health.daysInQueue,
      'Renewal date': profile.renewal ? parseDay(profile.renewal) : renewalFor(rng),
      'Risk flag': health.flag ? 'yes' : null,
    };
  });
}

function planFor(size: number): Plan {
  if (size >= 1_000_000) return 'Premium';
  return size >= 250_000 ? 'Standard' : 'Basic';
}

/** APAC has one KAM across divisions; other regions split by division (Provider NA by two KAMs). */
function kamFor(profile: AccountProfile, index: number): string {
  if (profile.region === 'APAC') return 'Keiko Ashworth';
  if (profile.division === 'Payer Solutions') return 'Priya Castellano';
  if (profile.division === 'Life Sciences') return 'Tomás Ferreira';
  if (profile.region === 'EMEA') return 'Ingrid Solberg';
  return index % 2 === 0 ? 'Dana Whitfield' : 'Marcus Oyelaran';
}

function upsellFor(plan: Plan, mrr: number, rng: Rng): number | null {
  if (plan === 'Premium') return null;
  const uplift = plan === 'Basic' ? between(rng, 0.55, 0.85) : between(rng, 0.25, 0.45);
  return roundTo(mrr * uplift, 100);
}

function onboardingShare(status: Onboarding, rng: Rng): number {
  switch (status) {
    case 'Not started':
      return 0;
    case 'Completed':
      return 1;
    case 'In progress':
      return wholePercent(roundTo(between(rng, 45, 85), 5));
    case 'Stalled':
      return wholePercent(roundTo(between(rng, 25, 40), 5));
  }
}

interface HealthFigures {
  satisfaction: number;
  engagement: number;
  daysInQueue: number;
  flag: boolean;
}

/** Healthy accounts stay clear of every danger threshold (satisfaction ≥ 6.4, engagement ≥ 45, no flag). */
function healthFor(health: Health, rng: Rng): HealthFigures {
  const figures = (
    sat: [number, number],
    eng: [number, number],
    days: [number, number],
    flag: boolean,
  ) => ({
    satisfaction: oneDecimal(between(rng, ...sat)),
    engagement: intBetween(rng, ...eng),
    daysInQueue: intBetween(rng, ...days),
    flag,
  });
  switch (health) {
    case 'healthy':
      return figures([6.4, 9.4], [45, 96], [0, 14], false);
    case 'low-satisfaction':
      return figures([4.6, 5.7], [42, 60], [21, 45], true);
    case 'low-engagement':
      return figures([6.5, 7.4], [18, 34], [5, 20], false);
    case 'stalled':
      return figures([5.9, 6.6], [24, 38], [60, 95], false);
    case 'flagged':
      return figures([6.1, 6.8], [48, 62], [10, 25], true);
    case 'churned':
      return figures([3.2, 4.4], [2, 12], [0, 0], true);
  }
}

/** A month-end between October 2026 and December 2028. */
function renewalFor(rng: Rng): Date {
  const offset = intBetween(rng, 0, 26); // months after October 2026
  const month0 = 9 + offset; // 0-based month counted from January 2026
  return monthEnd(2026 + Math.floor(month0 / 12), (month0 % 12) + 1);
}

function parseDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return utcDate(y ?? 2026, m ?? 1, d ?? 1);
}

/** All table data, deterministic for a given seed. */
export function buildSampleData(seed: number = DEFAULT_SEED): SampleData {
  const revenue = revenueRows(seed);
  const accounts = accountRows(seed, revenue);
  const base = { seed, accounts, revenue };
  const extra = Object.fromEntries(EXTRA_SHEETS.map((sheet) => [sheet.name, sheet.rows(base)]));
  return { Deck: deckRows(), Accounts: accounts, Revenue: revenue, extra };
}

// ---------------------------------------------------------------------------------------------
// Writing with exceljs

interface ColumnSpec<Row> {
  header: keyof Row & string;
  width: number;
  numFmt?: string;
}

const MONEY = '#,##0';
const DATE = 'yyyy-mm-dd';

const DECK_COLUMNS: ColumnSpec<DeckRow>[] = [
  { header: 'Field', width: 18 },
  { header: 'Value', width: 36 },
];

const ACCOUNT_COLUMNS: ColumnSpec<AccountRow>[] = [
  { header: 'Account ID', width: 11 },
  { header: 'Account', width: 48 },
  { header: 'Division', width: 16 },
  { header: 'Region', width: 14 },
  { header: 'Industry', width: 13 },
  { header: 'KAM', width: 18 },
  { header: 'Plan', width: 10 },
  { header: 'MRR', width: 11, numFmt: MONEY },
  { header: 'Upsell MRR', width: 12, numFmt: MONEY },
  { header: 'Onboarding', width: 12 },
  { header: 'Onboarding %', width: 13, numFmt: '0%' },
  { header: 'Satisfaction', width: 12, numFmt: '0.0' },
  { header: 'Engagement', width: 12, numFmt: '0' },
  { header: 'Days in queue', width: 13, numFmt: '0' },
  { header: 'Renewal date', width: 13, numFmt: DATE },
  { header: 'Risk flag', width: 10 },
];

const REVENUE_COLUMNS: ColumnSpec<RevenueRow>[] = [
  { header: 'Account ID', width: 11 },
  { header: 'Account', width: 48 },
  { header: 'FY2024', width: 13, numFmt: MONEY },
  { header: 'FY2025', width: 13, numFmt: MONEY },
  { header: 'FY2026', width: 13, numFmt: MONEY },
];

/** A sheet with a bold, frozen header in row 1 and one row per object; `null` leaves the cell empty. */
function addTableSheet<Row>(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: ColumnSpec<Row>[],
  rows: readonly Row[],
  frozenColumns = 0,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((row, r) => {
    columns.forEach((c, col) => {
      const value = row[c.header] as ExcelJS.CellValue;
      if (value === null || value === undefined) return;
      const cell = sheet.getCell(r + 2, col + 1);
      cell.value = value;
      if (c.numFmt) cell.numFmt = c.numFmt;
    });
  });
  return sheet;
}

function writeDeckSheet(workbook: ExcelJS.Workbook, rows: readonly DeckRow[]): void {
  const sheet = addTableSheet(workbook, 'Deck', DECK_COLUMNS, rows);
  sheet.getColumn(2).eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = DATE;
  });
}

function writeAccountsSheet(workbook: ExcelJS.Workbook, rows: readonly AccountRow[]): void {
  addTableSheet(workbook, 'Accounts', ACCOUNT_COLUMNS, rows, 2);
}

function writeRevenueSheet(workbook: ExcelJS.Workbook, rows: readonly RevenueRow[]): void {
  addTableSheet(workbook, 'Revenue', REVENUE_COLUMNS, rows, 2);
}

/** The workbook in memory (for tests that do not want a file). */
export function createSampleWorkbook(data: SampleData = buildSampleData()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Key Account Management';
  workbook.lastModifiedBy = 'Key Account Management';
  workbook.company = 'Meridian Health Cloud';
  workbook.title = 'Key Account Review — sample data';
  workbook.created = AS_OF;
  workbook.modified = AS_OF;
  writeDeckSheet(workbook, data.Deck);
  writeAccountsSheet(workbook, data.Accounts);
  writeRevenueSheet(workbook, data.Revenue);
  for (const sheet of EXTRA_SHEETS) {
    const columns = sheet.columns as ColumnSpec<Record<string, SampleCell>>[];
    addTableSheet(
      workbook,
      sheet.name,
      columns,
      data.extra[sheet.name] ?? [],
      sheet.frozenColumns ?? 0,
    );
  }
  return workbook;
}

/** Rewrites the zip with a fixed date on every entry, so the same data gives the same bytes. */
async function withFixedZipDates(buffer: Uint8Array): Promise<Buffer> {
  const input = await JSZip.loadAsync(buffer);
  const output = new JSZip();
  for (const entry of Object.values(input.files)) {
    if (entry.dir) continue;
    output.file(entry.name, await entry.async('uint8array'), { date: AS_OF, createFolders: false });
  }
  return output.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}

/** Writes the sample workbook (creating the folder if needed). */
export async function writeSampleWorkbook(
  outPath: string,
  seed: number = DEFAULT_SEED,
): Promise<void> {
  const workbook = createSampleWorkbook(buildSampleData(seed));
  const buffer = await workbook.xlsx.writeBuffer();
  await mkdir(path.dirname(path.resolve(outPath)), { recursive: true });
  await writeFile(outPath, await withFixedZipDates(new Uint8Array(buffer)));
}

// ---------------------------------------------------------------------------------------------
// CLI

const DEFAULT_OUT = fileURLToPath(new URL('./kam-sample.xlsx', import.meta.url));

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (invokedDirectly) {
  const outPath = process.argv[2] ?? DEFAULT_OUT;
  await writeSampleWorkbook(outPath);
  console.log(`Wrote ${path.relative(process.cwd(), path.resolve(outPath)) || outPath}`);
}
