/** The Accounts sheet: one row per key account. Only the ID and the name are required. */
import type { Account } from '../../model/model.js';
import {
  dateReader,
  numberReader,
  percentReader,
  readBoolean,
  readText,
  refinedReader,
  requiredReader,
} from '../cell-readers.js';
import type { SheetSpec } from '../sheet-spec.js';

export const ACCOUNT_ID_COLUMN = {
  key: 'id',
  header: 'Account ID',
  aliases: [
    'ID',
    'Account code',
    'Account no',
    'Account number',
    'Customer ID',
    'Client ID',
    'Codice cliente',
  ],
  required: true,
  description: 'Unique key of the account; other sheets refer to it.',
} as const;

export const ACCOUNT_NAME_ALIASES = [
  'Account',
  'Account name',
  'Name',
  'Customer',
  'Customer name',
  'Client',
  'Client name',
  'Cliente',
];

export const accountsSheet: SheetSpec<Account> = {
  name: 'Accounts',
  aliases: ['Account', 'Key accounts', 'Customers', 'Clients', 'Clienti'],
  columns: [
    ACCOUNT_ID_COLUMN,
    {
      key: 'name',
      header: 'Account',
      aliases: ACCOUNT_NAME_ALIASES.slice(1),
      required: true,
      description: 'Account name as shown on slides.',
    },
    { key: 'division', header: 'Division', aliases: ['Business unit', 'BU', 'Segment'] },
    { key: 'region', header: 'Region', aliases: ['Territory', 'Area'] },
    { key: 'industry', header: 'Industry', aliases: ['Sector', 'Vertical'] },
    { key: 'kam', header: 'KAM', aliases: ['Key account manager', 'Account manager', 'Owner'] },
    { key: 'plan', header: 'Plan', aliases: ['Tier', 'Subscription', 'Package'] },
    { key: 'mrr', header: 'MRR', aliases: ['Monthly recurring revenue'] },
    { key: 'upsellMrr', header: 'Upsell MRR', aliases: ['Upsell', 'Upsell potential'] },
    { key: 'onboarding', header: 'Onboarding', aliases: ['Onboarding status'] },
    {
      key: 'onboardingPct',
      header: 'Onboarding %',
      aliases: [
        'Onboarding percent',
        'Onboarding progress',
        'Onboarding pct',
        'Onboarding percentage',
      ],
      percent: true,
    },
    { key: 'satisfaction', header: 'Satisfaction', aliases: ['CSAT', 'Satisfaction score'] },
    { key: 'engagement', header: 'Engagement', aliases: ['Engagement score'] },
    { key: 'daysInQueue', header: 'Days in queue', aliases: ['Queue days', 'Days waiting'] },
    {
      key: 'renewalDate',
      header: 'Renewal date',
      aliases: ['Renewal', 'Contract end', 'Contract end date'],
    },
    { key: 'riskFlag', header: 'Risk flag', aliases: ['Risk', 'At risk'] },
  ],
  readRow: (locale) => ({
    cells: {
      id: requiredReader(readText, 'an account ID'),
      name: requiredReader(readText, 'an account name'),
      division: readText,
      region: readText,
      industry: readText,
      kam: readText,
      plan: readText,
      mrr: numberReader(locale, { min: 0, what: 'MRR' }),
      upsellMrr: numberReader(locale, { min: 0, what: 'upsell MRR' }),
      onboarding: readText,
      onboardingPct: refinedReader(percentReader(locale), (value) =>
        value < 0 || value > 1 ? `${value * 100}% is outside 0–100%` : undefined,
      ),
      satisfaction: numberReader(locale, { min: 0, max: 10, what: 'a satisfaction score' }),
      engagement: numberReader(locale, { min: 0, max: 100, what: 'an engagement score' }),
      daysInQueue: numberReader(locale, { min: 0, integer: true, what: 'a number of days' }),
      renewalDate: dateReader(locale),
      riskFlag: readBoolean,
    },
    // Empty cells are absent from `values`, so optional fields are absent rather than `undefined`:
    // models compare and serialise cleanly.
    build: (values) => values as unknown as Account,
  }),
};

/** Optional model fields are absent rather than `undefined`, so models compare and serialise cleanly. */
export function dropUndefined<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as T;
}
