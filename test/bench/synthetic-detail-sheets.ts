/**
 * The small sheets of a synthetic workbook: Deck, Scoring criteria, and the detail kept only for
 * the largest accounts, as in real books (stakeholder maps, a rollout timeline, division maps).
 * Their size does not grow with the number of accounts.
 */
import { accountId, accountName, AS_OF, pick, rngFor, topAccounts } from './synthetic-accounts.js';
import type { Cell, SyntheticSheet } from './synthetic-sheets.js';
import { CRITERIA } from './synthetic-vocabulary.js';

const RELATIONSHIPS = ['Positive', 'Neutral', 'Negative'];
const POWERS = ['High', 'Medium', 'Low'];
const TITLES = ['CEO', 'CFO', 'COO', 'CIO', 'VP Operations', 'VP Finance', 'Director IT'];
const OFFERINGS = ['Cloud Suite', 'Analytics', 'Support', 'Integration', 'Migration', 'Training'];
const STATUSES = ['Active: 120000', 'Pilot: 40000', 'Opportunity: 90000', 'Competitor', null];
/** Accounts with a stakeholder map / division map; the timeline covers the largest one. */
const MAPPED_ACCOUNTS = 3;

function* deckRows(): Iterable<Cell[]> {
  yield ['Title', 'Key Account Review'];
  yield ['Company', 'Synthetic Benchmark Co.'];
  yield ['Period', 'Q3 2026'];
  yield ['Currency', 'USD'];
  yield ['Locale', 'en-US'];
  yield ['As of', AS_OF];
}

/** 14 people per mapped account: a CEO, three reports with two or three reports each, one adviser. */
function* stakeholderRows(book: Parameters<SyntheticSheet['rows']>[0]): Iterable<Cell[]> {
  const rng = rngFor(book.seed, 'stakeholders');
  for (const index of topAccounts(book, MAPPED_ACCOUNTS)) {
    const id = accountId(index);
    const person = (n: number) => `${id}-P${String(n).padStart(2, '0')}`;
    for (let n = 1; n <= 13; n += 1) {
      const reportsTo = n === 1 ? null : n <= 4 ? person(1) : person(2 + ((n - 5) % 3));
      yield [
        id,
        person(n),
        `Person ${n} of ${accountName(index)}`,
        TITLES[Math.min(n - 1, TITLES.length - 1)] ?? 'Manager',
        null,
        reportsTo,
        pick(rng, RELATIONSHIPS),
        n === 1 ? 'High' : pick(rng, POWERS),
        n % 4 === 0 ? 'yes' : null,
        null,
      ];
    }
    yield [
      id,
      person(14),
      'Outside Adviser',
      'Partner',
      'Advisory LLP',
      null,
      'Positive',
      'Medium',
    ];
  }
}

function* influenceRows(book: Parameters<SyntheticSheet['rows']>[0]): Iterable<Cell[]> {
  for (const index of topAccounts(book, MAPPED_ACCOUNTS)) {
    const id = accountId(index);
    yield [id, `${id}-P14`, `${id}-P01`, 'Influence', 'Advises the CEO'];
    yield [id, `${id}-P05`, `${id}-P03`, 'Influence', 'Budget owner ally'];
    yield [id, `${id}-P06`, `${id}-P04`, 'Conflict', 'Build vs buy'];
  }
}

function* timelineRows(book: Parameters<SyntheticSheet['rows']>[0]): Iterable<Cell[]> {
  const [largest] = topAccounts(book, 1);
  const id = largest === undefined ? null : accountId(largest);
  const day = (offset: number) => new Date(AS_OF.getTime() + offset * 86_400_000);
  for (let task = 0; task < 16; task += 1) {
    const start = -90 + task * 12;
    const milestone = task % 4 === 3;
    const status = start + 30 < 0 ? 'Done' : start < 0 ? 'In progress' : 'Planned';
    yield [
      `Workstream ${1 + Math.floor(task / 4)}`,
      `Task ${task + 1}`,
      day(start),
      milestone ? null : day(start + 30),
      `Owner ${1 + (task % 5)}`,
      status,
      milestone ? 'yes' : 'no',
      id,
    ];
  }
}

function* divisionRows(book: Parameters<SyntheticSheet['rows']>[0]): Iterable<Cell[]> {
  const rng = rngFor(book.seed, 'divisions');
  for (const index of topAccounts(book, MAPPED_ACCOUNTS)) {
    for (let division = 1; division <= 6; division += 1) {
      const cells = OFFERINGS.map(() => pick(rng, STATUSES));
      yield [accountId(index), accountName(index), `Client unit ${division}`, ...cells];
    }
  }
}

const column = (header: string, width = 14) => ({ header, width });

export const DETAIL_SHEETS: SyntheticSheet[] = [
  { name: 'Deck', columns: [column('Field'), column('Value', 30)], rows: deckRows },
  {
    name: 'Scoring criteria',
    columns: [column('Criterion', 32), column('Dimension'), { ...column('Weight'), numFmt: '0%' }],
    rows: () => CRITERIA.map(([name, dimension, weight]) => [name, dimension, weight]),
  },
  {
    name: 'Stakeholders',
    columns: [
      'Account ID',
      'Person ID',
      'Name',
      'Title',
      'Organisation',
      'Reports to',
      'Relationship',
      'Decision power',
      'Key contact',
      'Our owner',
    ].map((header) => column(header)),
    rows: stakeholderRows,
  },
  {
    name: 'Influence',
    columns: ['Account ID', 'From', 'To', 'Kind', 'Note'].map((header) => column(header)),
    rows: influenceRows,
  },
  {
    name: 'Timeline',
    columns: [
      column('Workstream'),
      column('Task', 24),
      { ...column('Start'), numFmt: 'yyyy-mm-dd' },
      { ...column('End'), numFmt: 'yyyy-mm-dd' },
      column('Owner'),
      column('Status'),
      column('Milestone'),
      column('Account ID'),
    ],
    rows: timelineRows,
  },
  {
    name: 'Divisions',
    columns: [
      column('Account ID'),
      column('Account', 32),
      column('Client division'),
      ...OFFERINGS.map((o) => column(o)),
    ],
    rows: divisionRows,
  },
];
