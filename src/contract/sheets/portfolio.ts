/** Contracts of the portfolio sheets: Accounts (required), Revenue and MRR (one column per period). */
import { accountsSheet } from '../../validate/sheets/accounts.js';
import { MRR_SHEET } from '../../validate/sheets/mrr.js';
import { REVENUE_SHEET } from '../../validate/sheets/revenue.js';
import { fromSpec, fromSpecs, suggested, YES_NO } from '../column.js';
import { EX1, EX2, EX3, EXAMPLE_KAMS, utcDate } from '../examples.js';
import type { ColumnContract, SheetContract } from '../types.js';

const [ID_SPEC, NAME_SPEC] = accountsSheet.columns;
const [KAM1, KAM2] = EXAMPLE_KAMS;

export const PLAN_SUGGESTIONS = suggested(['Basic', 'Standard', 'Premium']);
export const ONBOARDING_SUGGESTIONS = suggested([
  'Not started',
  'In progress',
  'Stalled',
  'Completed',
]);

export const ACCOUNTS_CONTRACT: SheetContract = {
  name: accountsSheet.name,
  aliases: accountsSheet.aliases ?? [],
  purpose: 'One row per key account. The only required sheet; every other sheet refers to its IDs.',
  feeds: ['pareto', 'abc', 'dashboard', 'scoring', 'retention', 'team'],
  required: true,
  columns: fromSpecs(accountsSheet.columns, {
    'Account ID': { width: 12 },
    Account: { width: 30 },
    Division: { description: 'Your business unit serving the account (batch decks by division).' },
    Region: { description: 'Sales region.' },
    Industry: { description: "The client's industry." },
    KAM: { description: 'Key account manager; the Team sheet should list them by Name.' },
    Plan: {
      description: 'Subscription plan (dashboard MRR per plan).',
      accepted: PLAN_SUGGESTIONS,
    },
    MRR: {
      description: 'Monthly recurring revenue, 0 or more.',
      format: 'money',
      range: { min: 0 },
    },
    'Upsell MRR': {
      description: 'Monthly upsell potential, 0 or more.',
      format: 'money',
      range: { min: 0 },
    },
    Onboarding: { description: 'Onboarding status.', accepted: ONBOARDING_SUGGESTIONS },
    'Onboarding %': {
      description: 'Onboarding progress, 0–100% (15%, 0.15 or 15).',
      range: { min: 0, max: 1 },
    },
    Satisfaction: {
      description: 'Satisfaction score, 0–10.',
      format: 'number',
      range: { min: 0, max: 10 },
    },
    Engagement: {
      description: 'Engagement score, 0–100.',
      format: 'number',
      range: { min: 0, max: 100 },
    },
    'Days in queue': {
      description: 'Whole days waiting (onboarding queue).',
      format: 'integer',
      range: { min: 0, whole: true },
    },
    'Renewal date': { description: 'Contract renewal date.', format: 'date' },
    'Risk flag': { description: 'yes when the account is at risk.', accepted: YES_NO },
  }),
  fixedColumns: true,
  examples: [
    {
      'Account ID': EX1.id,
      Account: EX1.name,
      Division: 'Provider',
      Region: 'North America',
      Industry: 'Health system',
      KAM: KAM1,
      Plan: 'Premium',
      MRR: 42000,
      'Upsell MRR': null,
      Onboarding: 'Completed',
      'Onboarding %': 1,
      Satisfaction: 8.5,
      Engagement: 82,
      'Days in queue': 0,
      'Renewal date': utcDate(2027, 3, 31),
      'Risk flag': 'no',
    },
    {
      'Account ID': EX2.id,
      Account: EX2.name,
      Division: 'Provider',
      Region: 'EMEA',
      Industry: 'Hospital',
      KAM: KAM2,
      Plan: 'Standard',
      MRR: 18500,
      'Upsell MRR': 4000,
      Onboarding: 'In progress',
      'Onboarding %': 0.6,
      Satisfaction: 7,
      Engagement: 55,
      'Days in queue': 12,
      'Renewal date': utcDate(2026, 12, 31),
      'Risk flag': 'no',
    },
    {
      'Account ID': EX3.id,
      Account: EX3.name,
      Division: 'Life Sciences',
      Region: 'EMEA',
      Industry: 'Laboratory',
      KAM: KAM2,
      Plan: 'Basic',
      MRR: 7200,
      'Upsell MRR': 2500,
      Onboarding: 'Stalled',
      'Onboarding %': 0.25,
      Satisfaction: 5,
      Engagement: 30,
      'Days in queue': 45,
      'Renewal date': utcDate(2026, 11, 30),
      'Risk flag': 'yes',
    },
  ],
};

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
