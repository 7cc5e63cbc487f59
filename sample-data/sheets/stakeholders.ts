/**
 * Stakeholders and Influence sheets for the org chart (all people fictional).
 *
 * Northvale Health System (the largest account) is deciding on the CarePath analytics rollout. The
 * EVP & COO decides: high decision power, still neutral. The CIO is negative (the incumbent EHR
 * vendor's account executive lobbies him) and in conflict with the positive CMO. Our way in is the
 * client's consulting partner, Halden & Crane Advisory: positive, and advising the EVP on the 2027
 * operating model — a dotted-line influence on her, the route the slide names.
 * Granite Mutual Health Insurance is a smaller map: a neutral CEO whom the positive Chief Digital
 * Officer influences.
 */
import type { AccountRow } from '../generate.js';
import type { SampleCell, SampleColumn, SampleSheet } from './sample-sheet.js';

type Relationship = 'Positive' | 'Neutral' | 'Negative';
type Power = 'High' | 'Medium' | 'Low';

interface Person {
  id: string;
  name: string;
  title: string;
  organisation?: string;
  reportsTo?: string;
  relationship: Relationship;
  power: Power;
  key?: boolean;
  owner?: string;
  notes?: string;
}

const HALDEN = 'Halden & Crane Advisory';
const CORVID = 'Corvid EHR Systems';

// prettier-ignore
const NORTHVALE: readonly Person[] = [
  { id: 'NV-01', name: 'Catherine Morrow', title: 'President & CEO', relationship: 'Positive', power: 'High', owner: 'Anya Petrova', notes: 'Executive sponsor since the 2025 briefing' },
  { id: 'NV-02', name: 'Renata Alvarez-Quinn', title: 'Executive Vice President', reportsTo: 'NV-01', relationship: 'Neutral', power: 'High', owner: 'Dana Whitfield', notes: 'Owns the 2027 operating budget; not yet convinced of the rollout case' },
  { id: 'NV-03', name: 'Marcus Leland', title: 'Chief Financial Officer', reportsTo: 'NV-01', relationship: 'Neutral', power: 'Medium', owner: 'Anya Petrova' },
  { id: 'NV-04', name: 'Dr. Amara Raman', title: 'Chief Medical Officer', reportsTo: 'NV-01', relationship: 'Positive', power: 'Medium', key: true, owner: 'Dana Whitfield', notes: 'Clinical champion of CarePath analytics' },
  { id: 'NV-05', name: 'Jonah Whitcombe', title: 'Chief Information Officer', reportsTo: 'NV-02', relationship: 'Negative', power: 'Medium', owner: 'Leon Marsh', notes: 'Prefers the incumbent EHR vendor’s analytics module' },
  { id: 'NV-06', name: 'Graham Tillery', title: 'VP Clinical Operations', reportsTo: 'NV-02', relationship: 'Positive', power: 'Medium', owner: 'Dana Whitfield' },
  { id: 'NV-07', name: 'Dolores Fitch', title: 'VP Revenue Cycle', reportsTo: 'NV-02', relationship: 'Neutral', power: 'Low' },
  { id: 'NV-08', name: 'Samuel Okafor', title: 'VP Enterprise Applications', reportsTo: 'NV-05', relationship: 'Positive', power: 'Low', key: true, owner: 'Leon Marsh', notes: 'Day-to-day technical contact' },
  { id: 'NV-09', name: 'Hanna Lindqvist', title: 'Director, Information Security', reportsTo: 'NV-05', relationship: 'Neutral', power: 'Low', owner: 'Leon Marsh' },
  { id: 'NV-10', name: 'Aileen Brody', title: 'VP Strategic Sourcing', reportsTo: 'NV-03', relationship: 'Negative', power: 'Medium', notes: 'Runs the tender; pushes for a price review' },
  { id: 'NV-11', name: 'Theresa Kowalczyk', title: 'Chief Nursing Officer', reportsTo: 'NV-04', relationship: 'Positive', power: 'Low' },
  { id: 'NV-12', name: 'Ravi Menon', title: 'Director, Population Health', reportsTo: 'NV-04', relationship: 'Neutral', power: 'Low' },
  { id: 'HC-01', name: 'Simone Achterberg', title: 'Engagement Partner', organisation: HALDEN, relationship: 'Positive', power: 'Medium', key: true, owner: 'Anya Petrova', notes: 'Advises the EVP on the 2027 operating model' },
  { id: 'HC-02', name: 'Noah Feldstein', title: 'Senior Manager, Digital Health', organisation: HALDEN, reportsTo: 'HC-01', relationship: 'Positive', power: 'Low', owner: 'Dana Whitfield' },
  { id: 'CV-01', name: 'Trevor Lang', title: 'Account Executive', organisation: CORVID, relationship: 'Negative', power: 'Low', notes: 'Incumbent EHR vendor' },
];

// prettier-ignore
const GRANITE: readonly Person[] = [
  { id: 'GM-01', name: 'Howard Pennington', title: 'Chief Executive Officer', relationship: 'Neutral', power: 'High', owner: 'Priya Castellano' },
  { id: 'GM-02', name: 'Daniel Cho', title: 'Chief Digital Officer', reportsTo: 'GM-01', relationship: 'Positive', power: 'Medium', key: true, owner: 'Priya Castellano', notes: 'Sponsor of the payer analytics pilot' },
  { id: 'GM-03', name: 'Beatrice Nwosu', title: 'VP Claims Operations', reportsTo: 'GM-01', relationship: 'Negative', power: 'Medium', notes: 'Worried about disruption during open enrolment' },
  { id: 'GM-04', name: 'Fiona Gallagher', title: 'Head of Data Science', reportsTo: 'GM-02', relationship: 'Positive', power: 'Low' },
  { id: 'GM-05', name: 'Oscar Lindgren', title: 'Director, Vendor Management', reportsTo: 'GM-03', relationship: 'Neutral', power: 'Low' },
  { id: 'GM-06', name: 'Mei Tanaka', title: 'Director, Member Experience', reportsTo: 'GM-02', relationship: 'Neutral', power: 'Low' },
];

/** [from, to, kind, note] */
type Link = [string, string, 'Influence' | 'Conflict', string];

// prettier-ignore
const NORTHVALE_LINKS: readonly Link[] = [
  ['HC-01', 'NV-02', 'Influence', 'Trusted adviser on the 2027 operating model'],
  ['CV-01', 'NV-05', 'Influence', 'Incumbent vendor relationship'],
  ['NV-05', 'NV-04', 'Conflict', 'Build vs buy for clinical analytics'],
  ['NV-08', 'NV-05', 'Influence', 'Shapes the CIO’s architecture view'],
  ['NV-10', 'NV-03', 'Influence', 'Tender recommendation'],
];

// prettier-ignore
const GRANITE_LINKS: readonly Link[] = [
  ['GM-02', 'GM-01', 'Influence', 'Weekly digital steering with the CEO'],
];

function accountIdNamed(accounts: readonly AccountRow[], name: string): string {
  const account = accounts.find((candidate) => candidate.Account === name);
  if (account === undefined) throw new Error(`sample account "${name}" not found`);
  return account['Account ID'];
}

function personRow(accountId: string, person: Person): Record<string, SampleCell> {
  return {
    'Account ID': accountId,
    'Person ID': person.id,
    Name: person.name,
    Title: person.title,
    Organisation: person.organisation ?? null,
    'Reports to': person.reportsTo ?? null,
    Relationship: person.relationship,
    'Decision power': person.power,
    'Key contact': person.key === true ? 'yes' : null,
    'Our owner': person.owner ?? null,
    Notes: person.notes ?? null,
  };
}

function linkRow(accountId: string, [from, to, kind, note]: Link): Record<string, SampleCell> {
  return { 'Account ID': accountId, From: from, To: to, Kind: kind, Note: note };
}

const STAKEHOLDER_COLUMNS: SampleColumn[] = [
  { header: 'Account ID', width: 11 },
  { header: 'Person ID', width: 10 },
  { header: 'Name', width: 22 },
  { header: 'Title', width: 44 },
  { header: 'Organisation', width: 24 },
  { header: 'Reports to', width: 11 },
  { header: 'Relationship', width: 12 },
  { header: 'Decision power', width: 14 },
  { header: 'Key contact', width: 11 },
  { header: 'Our owner', width: 16 },
  { header: 'Notes', width: 56 },
];

const INFLUENCE_COLUMNS: SampleColumn[] = [
  { header: 'Account ID', width: 11 },
  { header: 'From', width: 10 },
  { header: 'To', width: 10 },
  { header: 'Kind', width: 11 },
  { header: 'Note', width: 44 },
];

const ACCOUNTS = [
  { name: 'Northvale Health System', people: NORTHVALE, links: NORTHVALE_LINKS },
  { name: 'Granite Mutual Health Insurance', people: GRANITE, links: GRANITE_LINKS },
] as const;

export const stakeholderSheets: SampleSheet[] = [
  {
    name: 'Stakeholders',
    columns: STAKEHOLDER_COLUMNS,
    frozenColumns: 3,
    rows: ({ accounts }) =>
      ACCOUNTS.flatMap(({ name, people }) => {
        const accountId = accountIdNamed(accounts, name);
        return people.map((person) => personRow(accountId, person));
      }),
  },
  {
    name: 'Influence',
    columns: INFLUENCE_COLUMNS,
    rows: ({ accounts }) =>
      ACCOUNTS.flatMap(({ name, links }) => {
        const accountId = accountIdNamed(accounts, name);
        return links.map((link) => linkRow(accountId, link));
      }),
  },
];
