/**
 * Divisions sample: the division maps of the two largest provider accounts — Northvale Health
 * System and Consolidated Metropolitan University Hospitals Group — six client divisions each ×
 * seven Meridian offerings. Cells are written "Status: value" (annual USD). Business values
 * (Active, Pilot) split the account's FY2026 revenue by hand-set weights, so they add up to it;
 * opportunity and competitor values are set as a share of that revenue.
 */
import type { SampleBase, SampleCell, SampleSheet } from './sample-sheet.js';
import { roundTo } from './random.js';

const OFFERINGS = [
  'EHR Cloud Suite',
  'Claims Analytics',
  'Population Health',
  'Imaging Archive',
  'Integration Services',
  'Premium Support',
  'Patient Engagement',
] as const;

/** A: active, P: pilot (weights: parts of revenue); O: opportunity, C: competitor (% of revenue). */
type Code = `${'A' | 'P' | 'O' | 'C'}${number}` | 'O' | null;

interface AccountMap {
  account: string;
  /** Division → one code per offering, in OFFERINGS order. */
  divisions: Record<string, readonly Code[]>;
}

// prettier-ignore
const MAPS: readonly AccountMap[] = [
  {
    account: 'Northvale Health System',
    divisions: {
      'Acute Care':         ['A30', 'O4', 'A6', 'C5', 'A5', 'A8', 'P1'],
      Ambulatory:           ['A12', null, 'P2', 'O3', 'A3', 'A3', 'O2'],
      'Home Health':        ['O6', null, 'O3', null, 'P1', null, 'C2'],
      'Research Institute': ['C4', null, null, 'A4', 'O', null, null],
      'Revenue Cycle':      [null, 'A9', 'O2.5', null, 'A2', 'A2', null],
      Pharmacy:             ['P2', null, null, null, 'O1', null, 'O'],
    },
  },
  {
    account: 'Consolidated Metropolitan University Hospitals Group',
    divisions: {
      'University Hospital':  ['A35', 'P2', 'O5', 'A6', 'A6', 'A6', 'O2'],
      'Community Hospitals':  ['P8', null, 'O4', 'C4', 'A2', null, null],
      Ambulatory:             ['O8', null, 'O', null, null, null, 'C1.5'],
      'Research Institute':   ['C5', null, null, 'O2', null, null, null],
      'Revenue Cycle':        [null, 'A12', 'O3', null, 'A2', 'A2', null],
      Pharmacy:               [null, null, null, null, 'O1', null, 'O0.8'],
    },
  },
];

const STATUS = { A: 'Active', P: 'Pilot', O: 'Opportunity', C: 'Competitor' } as const;
const usd = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function businessWeight(codes: readonly Code[]): number {
  return codes.reduce((sum, code) => {
    const kind = code?.[0];
    return kind === 'A' || kind === 'P' ? sum + Number(code?.slice(1)) : sum;
  }, 0);
}

function cellText(code: Code, revenue: number, weightTotal: number): string | null {
  if (code === null) return null;
  const kind = code[0] as keyof typeof STATUS;
  const amount = code.slice(1);
  if (amount === '') return STATUS[kind];
  const value =
    kind === 'A' || kind === 'P'
      ? (revenue * Number(amount)) / weightTotal
      : (revenue * Number(amount)) / 100;
  return `${STATUS[kind]}: ${usd.format(roundTo(value, 10_000))}`;
}

function divisionRows(base: SampleBase): Record<string, SampleCell>[] {
  return MAPS.flatMap(({ account, divisions }) => {
    const row = base.accounts.find((candidate) => candidate.Account === account);
    const id = row?.['Account ID'] ?? '';
    const revenue = base.revenue.find((r) => r['Account ID'] === id)?.FY2026 ?? 0;
    const weightTotal = businessWeight(Object.values(divisions).flat());
    return Object.entries(divisions).map(([division, codes]) => ({
      'Account ID': id,
      Account: account,
      'Client division': division,
      ...Object.fromEntries(
        OFFERINGS.map((offering, index) => [
          offering,
          cellText(codes[index] ?? null, revenue, weightTotal),
        ]),
      ),
    }));
  });
}

export const divisionSheets: SampleSheet[] = [
  {
    name: 'Divisions',
    columns: [
      { header: 'Account ID', width: 11 },
      { header: 'Account', width: 30 },
      { header: 'Client division', width: 20 },
      ...OFFERINGS.map((offering) => ({ header: offering, width: 22 })),
    ],
    rows: divisionRows,
    frozenColumns: 3,
  },
];
