/**
 * Team sample: Meridian Health Cloud's key-account team — the six KAMs of the Accounts sheet plus
 * the head of key accounts, an executive sponsor and the delivery people who also appear in the
 * Timeline sheet — and a RACI of ten activities. One deliberate flaw shows the flagging: pricing
 * approval has no A (nobody answers for discounts), a classic gap a review should surface.
 *
 * KAMs leave their Accounts cell empty: the KAM column of Accounts gives their coverage. The other
 * roles list the Account IDs they work on, derived from the account data so they stay consistent.
 */
import type { AccountRow } from '../generate.js';
import type { SampleBase, SampleCell, SampleSheet } from './sample-sheet.js';

interface Person {
  name: string;
  role: string;
  region: string;
  /** Accounts beyond the KAM column, chosen from the account data. */
  accounts?: (base: SampleBase) => AccountRow[];
  separator?: string;
  note: string;
}

const revenueOf = (base: SampleBase, id: string): number =>
  base.revenue.find((row) => row['Account ID'] === id)?.FY2026 ?? 0;

const largestFirst =
  (base: SampleBase) =>
  (a: AccountRow, b: AccountRow): number =>
    revenueOf(base, b['Account ID']) - revenueOf(base, a['Account ID']) ||
    a['Account ID'].localeCompare(b['Account ID']);

const KAM = 'Key Account Manager';

const PEOPLE: readonly Person[] = [
  {
    name: 'Elena Marchetti',
    role: 'Head of Key Accounts',
    region: 'Global',
    note: 'Leads the KAM team; no own portfolio',
  },
  {
    name: 'Jonathan Reyes',
    role: 'Executive Sponsor',
    region: 'Global',
    accounts: (base) => [...base.accounts].sort(largestFirst(base)).slice(0, 5),
    note: 'Chief Customer Officer; sponsors the five largest accounts',
  },
  {
    name: 'Dana Whitfield',
    role: KAM,
    region: 'North America',
    note: 'Accounts from the KAM column',
  },
  {
    name: 'Marcus Oyelaran',
    role: KAM,
    region: 'North America',
    note: 'Accounts from the KAM column',
  },
  {
    name: 'Priya Castellano',
    role: KAM,
    region: 'NA & EMEA',
    note: 'Accounts from the KAM column',
  },
  {
    name: 'Tomás Ferreira',
    role: KAM,
    region: 'NA & EMEA',
    note: 'Accounts from the KAM column',
  },
  { name: 'Ingrid Solberg', role: KAM, region: 'EMEA', note: 'Accounts from the KAM column' },
  { name: 'Keiko Ashworth', role: KAM, region: 'APAC', note: 'Accounts from the KAM column' },
  {
    name: 'Ben Adeyemi',
    role: 'Solutions Architect',
    region: 'North America',
    accounts: (base) =>
      base.accounts
        .filter((a) => a.Plan === 'Premium' && a.Region === 'North America' && a.MRR > 0)
        .sort(largestFirst(base))
        .slice(0, 6),
    note: 'Largest Premium accounts in North America',
  },
  {
    name: 'Sofia Lindqvist',
    role: 'Implementation Lead',
    region: 'Global',
    accounts: (base) => base.accounts.filter((a) => a.Onboarding !== 'Completed'),
    separator: ', ',
    note: 'Accounts still onboarding',
  },
  {
    name: 'Hannah Kowalski',
    role: 'Customer Success Manager',
    region: 'Global',
    accounts: (base) =>
      base.accounts.filter(
        (a) => a['Risk flag'] === 'yes' || a.Satisfaction < 6 || a.Onboarding === 'Stalled',
      ),
    note: 'Endangered accounts: risk flag, low satisfaction or stalled onboarding',
  },
];

function teamRows(base: SampleBase): Record<string, SampleCell>[] {
  return PEOPLE.map((person) => {
    const ids = person.accounts?.(base).map((account) => account['Account ID']) ?? [];
    return {
      Name: person.name,
      Role: person.role,
      Region: person.region,
      Accounts: ids.length === 0 ? null : ids.join(person.separator ?? '; '),
      Notes: person.note,
    };
  });
}

const RACI_COLUMNS = [
  'Head of Key Accounts',
  KAM,
  'Solutions Architect',
  'Customer Success Manager',
  'Implementation Lead',
  'Executive Sponsor',
] as const;

/** [activity, then one code per RACI column in RACI_COLUMNS order ('' = not involved)] */
// prettier-ignore
const RACI: readonly (readonly string[])[] = [
  ['Account planning',                  'C', 'R/A', 'C', 'C', '',  'I'],
  ['QBR preparation',                   'I', 'A',   'C', 'R', 'C', 'I'],
  // The deliberate flaw: nobody holds the A for discounts beyond the KAM's authority.
  ['Pricing and discount approval',     'C', 'R',   'I', '',  '',  'C'],
  ['Renewal negotiation',               'A', 'R',   'I', 'C', '',  'C'],
  ['Escalation management',             'I', 'A',   'C', 'R', 'R', 'I'],
  ['Implementation and onboarding',     '',  'I',   'R', 'C', 'A', ''],
  ['Executive alignment',               'A', 'C',   '',  '',  '',  'R'],
  ['Account health and risk reviews',   'I', 'A',   '',  'R', 'C', 'I'],
  ['CarePath cross-sell and upsell',    'I', 'R/A', 'R', 'C', '',  ''],
  ['Solution design and roadmap',       '',  'A',   'R', 'I', 'C', ''],
];

function raciRows(): Record<string, SampleCell>[] {
  return RACI.map(([activity = '', ...codes]) => ({
    Activity: activity,
    ...Object.fromEntries(RACI_COLUMNS.map((column, index) => [column, codes[index] || null])),
  }));
}

export const teamSheets: SampleSheet[] = [
  {
    name: 'Team',
    columns: [
      { header: 'Name', width: 20 },
      { header: 'Role', width: 26 },
      { header: 'Region', width: 20 },
      { header: 'Accounts', width: 48 },
      { header: 'Notes', width: 44 },
    ],
    rows: teamRows,
  },
  {
    name: 'RACI',
    columns: [
      { header: 'Activity', width: 34 },
      ...RACI_COLUMNS.map((header) => ({ header, width: Math.max(12, header.length + 2) })),
    ],
    rows: raciRows,
    frozenColumns: 1,
  },
];
