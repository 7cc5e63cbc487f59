/**
 * Generated input for the property tests: small, well-typed workbooks (every optional sheet
 * sometimes present) as fixture sheets, and corruptions of one cell or one sheet name.
 */
import fc from 'fast-check';
import type { FixtureCell, FixtureSheet } from './workbook.js';

const PERIODS = ['FY2023', 'FY2024', 'FY2025', 'FY2026'];
const MONTHS = ['Jul 2026', 'Aug 2026', 'Sep 2026'];

const accountArb = fc.record({
  name: fc.constantFrom('Alpha Health', 'Beta Labs', 'Gamma Care', 'Delta Pharma', 'Società Ω'),
  mrr: fc.option(fc.integer({ min: 0, max: 90_000 }), { nil: null }),
  plan: fc.option(fc.constantFrom('Basic', 'Standard', 'Premium'), { nil: null }),
  satisfaction: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
  engagement: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  risk: fc.option(fc.constantFrom('yes', 'no'), { nil: null }),
  revenue: fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 4, maxLength: 4 }),
  mrrHistory: fc.array(fc.integer({ min: 0, max: 90_000 }), { minLength: 3, maxLength: 3 }),
  scores: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 3, maxLength: 3 }),
});

export const workbookArb = fc.record({
  accounts: fc.array(accountArb, { minLength: 1, maxLength: 5 }),
  periods: fc.integer({ min: 1, max: 4 }),
  sheets: fc.record({
    mrr: fc.boolean(),
    scoring: fc.boolean(),
    sales: fc.boolean(),
    stakeholders: fc.boolean(),
    timeline: fc.boolean(),
    divisions: fc.boolean(),
    team: fc.boolean(),
    charter: fc.boolean(),
  }),
});

export type Generated = typeof workbookArb extends fc.Arbitrary<infer T> ? T : never;

const id = (index: number) => `A${index + 1}`;

export function coreSheets(input: Generated): FixtureSheet[] {
  const periods = PERIODS.slice(PERIODS.length - input.periods);
  const header = [
    'Account ID',
    'Account',
    'Plan',
    'MRR',
    'Satisfaction',
    'Engagement',
    'Risk flag',
  ];
  return [
    {
      name: 'Deck',
      rows: [
        ['Field', 'Value'],
        ['Title', 'Property review'],
        ['As of', '2026-09-30'],
      ],
    },
    {
      name: 'Accounts',
      rows: [
        header,
        ...input.accounts.map((a, i) => [
          id(i),
          a.name,
          a.plan,
          a.mrr,
          a.satisfaction,
          a.engagement,
          a.risk,
        ]),
      ],
    },
    {
      name: 'Revenue',
      rows: [
        ['Account ID', ...periods],
        ...input.accounts.map((a, i) => [id(i), ...a.revenue.slice(4 - periods.length)]),
      ],
    },
  ];
}

// prettier-ignore
export function optionalSheets(input: Generated): FixtureSheet[] {
  const { accounts, sheets } = input;
  const out: FixtureSheet[] = [];
  if (sheets.mrr)
    out.push({ name: 'MRR', rows: [['Account ID', ...MONTHS], ...accounts.map((a, i) => [id(i), ...a.mrrHistory])] });
  if (sheets.scoring) {
    out.push({ name: 'Scoring criteria', rows: [['Criterion', 'Dimension', 'Weight'], ['Fit', 'Growth', 0.5], ['Size', 'Growth', '50%'], ['Trust', 'Harmony', 1]] });
    out.push({ name: 'Scores', rows: [['Account ID', 'Fit', 'Size', 'Trust'], ...accounts.map((a, i) => [id(i), ...a.scores])] });
  }
  if (sheets.sales)
    out.push({ name: 'Sales', rows: [['Account ID', 'Product', 'Revenue', 'Gross profit'], ...accounts.map((a, i) => [id(i), i % 2 ? 'Cloud' : 'Support', (a.revenue[3] ?? 0) + 10, Math.round(((a.revenue[3] ?? 0) + 10) / 3)])] });
  if (sheets.stakeholders)
    out.push({ name: 'Stakeholders', rows: [['Account ID', 'Person ID', 'Name', 'Reports to', 'Relationship', 'Decision power'], ['A1', 'P1', 'Jo Lead', null, 'Positive', 'High'], ['A1', 'P2', 'Sam Buyer', 'P1', 'Negative', 'Low']] });
  if (sheets.timeline)
    out.push({ name: 'Timeline', rows: [['Workstream', 'Task', 'Start', 'End', 'Status', 'Milestone'], ['Rollout', 'Kick-off', '2026-07-01', null, 'Done', 'yes'], ['Rollout', 'Migration', '2026-07-06', '2026-10-30', 'In progress', 'no']] });
  if (sheets.divisions)
    out.push({ name: 'Divisions', rows: [['Account ID', 'Client division', 'Cloud', 'Analytics'], ['A1', 'Finance', 'Active: 1000', 'Opportunity'], ['A1', 'Labs', 'Pilot', null]] });
  if (sheets.team)
    out.push({ name: 'Team', rows: [['Name', 'Role', 'Accounts'], ['Kim KAM', 'Key Account Manager', accounts.map((_, i) => id(i)).join(', ')]] }, { name: 'RACI', rows: [['Activity', 'Kim KAM'], ['Account plan', 'R/A']] });
  if (sheets.charter)
    out.push({ name: 'Charter', rows: [['Section', 'Content'], ['Purpose', 'Grow together'], ['Objectives', '- Retain\n- Grow']] });
  return out;
}

const badValueArb: fc.Arbitrary<FixtureCell> = fc.oneof(
  fc.constantFrom<FixtureCell>(
    null,
    '',
    '  ',
    'n/a',
    '-1',
    '12,5k',
    '1.234.5',
    '1,234.56',
    'yes',
    'Growht',
    '2026-02-30',
    '31/13/2026',
    '#REF!',
    '=SUM(A1:A3)',
    '∞',
    'X',
    'R/A/X',
    '🙂',
    'A1',
    'P1',
    'FY2025',
    '150%',
  ),
  fc.integer({ min: -1_000_000, max: 10_000_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.boolean(),
  fc.string({ maxLength: 12 }),
);

export const corruptionArb = fc.record({
  sheet: fc.nat(),
  row: fc.nat(),
  column: fc.nat(),
  value: badValueArb,
  renameTo: fc.option(fc.constantFrom('Acounts', 'Revenu', 'Scores', 'Sheet1', ''), {
    nil: undefined,
  }),
});
export type Corruption = typeof corruptionArb extends fc.Arbitrary<infer T> ? T : never;

/** One cell (header included) set to a bad value, or now and then a sheet renamed. */
export function corrupt(sheets: FixtureSheet[], change: Corruption): FixtureSheet[] {
  const target = sheets[change.sheet % sheets.length];
  if (target === undefined) return sheets;
  if (change.renameTo !== undefined && change.row % 5 === 0)
    return sheets.map((s) => (s === target ? { ...s, name: change.renameTo || 'Blank' } : s));
  const rows = target.rows.map((row) => [...row]);
  const row = rows[change.row % rows.length] ?? [];
  row[change.column % Math.max(1, row.length)] = change.value;
  return sheets.map((s) => (s === target ? { ...s, rows } : s));
}
