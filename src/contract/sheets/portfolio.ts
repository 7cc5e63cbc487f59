/** The Accounts sheet's contract: one row per key account, the only required sheet. */
import { accountsSheet } from '../../validate/sheets/accounts.js';
import { fromSpecs, suggested, YES_NO } from '../column.js';
import { EX1, EX2, EX3, EXAMPLE_KAMS, utcDate } from '../examples.js';
import type { SheetContract } from '../types.js';

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
    Division: {
      description: 'Your business unit serving the account (batch decks by division).',
      width: 16,
    },
    Region: { description: 'Sales region.', width: 16 },
    Industry: { description: "The client's industry.", width: 16 },
    KAM: {
      description: 'Key account manager; the Team sheet should list them by Name.',
      width: 16,
    },
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
    Onboarding: { description: 'Onboarding status.', accepted: ONBOARDING_SUGGESTIONS, width: 14 },
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
