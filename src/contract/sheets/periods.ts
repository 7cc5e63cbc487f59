/** Contracts of the per-period sheets: Revenue and MRR (Account ID + one column per period). */
import { accountsSheet } from '../../validate/sheets/accounts.js';
import { MRR_SHEET } from '../../validate/sheets/mrr.js';
import { REVENUE_SHEET } from '../../validate/sheets/revenue.js';
import { fromSpec } from '../column.js';
import { EX1, EX2, EX3 } from '../examples.js';
import type { ColumnContract, SheetContract } from '../types.js';

const [ID_SPEC, NAME_SPEC] = accountsSheet.columns;

/** Account ID and the optional Account name column of the per-period sheets. */
function periodKeyColumns(): ColumnContract[] {
  return [
    fromSpec(ID_SPEC ?? { key: 'id', header: 'Account ID' }, { width: 12 }),
    {
      ...fromSpec(NAME_SPEC ?? { key: 'name', header: 'Account' }, { width: 30 }),
      required: false,
      description: 'Optional: the account name, for your reading; not used.',
    },
  ];
}

const PERIOD_HELP =
  'One column per period, headed 2025, FY2025, Q1 2026, H1 2026, Jan 2026 or 2026-03; any order (sorted by date). Blank cells count as 0; negative values are errors.';

export const REVENUE_CONTRACT: SheetContract = {
  name: REVENUE_SHEET.name,
  aliases: REVENUE_SHEET.aliases,
  purpose:
    'Revenue per account and period (one column per period). Also accepted long: Account ID | Period | Revenue.',
  feeds: ['pareto', 'abc'],
  required: false,
  columns: periodKeyColumns(),
  more: {
    description: `${PERIOD_HELP} Amounts in the deck currency.`,
    format: 'money',
    range: { min: 0 },
    exampleHeaders: ['FY2024', 'FY2025', 'FY2026'],
    width: 14,
  },
  fixedColumns: false,
  examples: [
    { 'Account ID': EX1.id, Account: EX1.name, FY2024: 420000, FY2025: 480000, FY2026: 510000 },
    { 'Account ID': EX2.id, Account: EX2.name, FY2024: 150000, FY2025: 205000, FY2026: 222000 },
    { 'Account ID': EX3.id, Account: EX3.name, FY2024: 96000, FY2025: 81000, FY2026: 86400 },
  ],
};

export const MRR_CONTRACT: SheetContract = {
  name: MRR_SHEET.name,
  aliases: MRR_SHEET.aliases,
  purpose:
    'Monthly recurring revenue per account and period, usually one column per month (change over time and retention).',
  feeds: ['retention', 'dashboard'],
  required: false,
  columns: periodKeyColumns(),
  more: {
    description: `${PERIOD_HELP} Use one period length throughout (all months or all quarters); the last period should match the MRR column of Accounts.`,
    format: 'money',
    range: { min: 0 },
    exampleHeaders: ['Jul 2026', 'Aug 2026', 'Sep 2026'],
    width: 12,
  },
  fixedColumns: false,
  examples: [
    {
      'Account ID': EX1.id,
      Account: EX1.name,
      'Jul 2026': 40000,
      'Aug 2026': 41000,
      'Sep 2026': 42000,
    },
    {
      'Account ID': EX2.id,
      Account: EX2.name,
      'Jul 2026': 16000,
      'Aug 2026': 18500,
      'Sep 2026': 18500,
    },
    {
      'Account ID': EX3.id,
      Account: EX3.name,
      'Jul 2026': 8000,
      'Aug 2026': 7200,
      'Sep 2026': 7200,
    },
  ],
};
