import { describe, expect, it } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../../src/errors.js';
import type { Account } from '../../../src/model/model.js';
import { readMrrSheet } from '../../../src/slides/retention/sheets.js';
import type { SheetReaderContext } from '../../../src/validate/sheet-context.js';
import { rawWorkbook, type FixtureCell } from '../../helpers/workbook.js';

const ACCOUNTS: Account[] = [
  { id: 'KA-1', name: 'Northwind Health', mrr: 1200 },
  { id: 'KA-2', name: 'Bluepeak Labs', mrr: 800 },
  { id: 'KA-3', name: 'Crescent Payers' },
];

function read(name: string, rows: FixtureCell[][], accounts: Account[] = ACCOUNTS) {
  const context: SheetReaderContext = {
    workbook: rawWorkbook([{ name, rows }], 'kam.xlsx'),
    locale: 'en-US',
    accounts,
    accountIds: new Set(accounts.map((account) => account.id)),
    options: {},
  };
  const diagnostics: Diagnostic[] = [];
  const mrr = readMrrSheet(context, diagnostics);
  return { mrr, messages: diagnostics.map(formatDiagnostic) };
}

const WIDE: FixtureCell[][] = [
  ['Account ID', 'Account', 'Nov 2025', 'Oct 2025', 'Dec 2025'],
  ['KA-1', 'Northwind Health', 1100, 1000, 1200],
  ['KA-2', 'Bluepeak Labs', '$900', '1,000', 800],
  ['KA-3', 'Crescent Payers', 0, 50, null],
];

describe('readMrrSheet: valid input', () => {
  it('reads a wide sheet into periods in calendar order, one row of numbers per account', () => {
    const { mrr, messages } = read('MRR', WIDE);
    expect(messages).toEqual([]);
    expect(mrr?.periods.map((period) => period.label)).toEqual([
      'Oct 2025',
      'Nov 2025',
      'Dec 2025',
    ]);
    expect(mrr?.values).toEqual({
      'KA-1': [1000, 1100, 1200],
      'KA-2': [1000, 900, 800],
      'KA-3': [50, 0, 0],
    });
  });

  it('reads the long format (Account ID | Period | MRR) and the sheet alias "MRR history"', () => {
    const { mrr, messages } = read('MRR history', [
      ['Account ID', 'Month', 'MRR'],
      ['KA-1', '2025-12', 1200],
      ['KA-1', '2025-11', 1000],
      ['KA-2', '2025-11', 900],
      ['KA-2', '2025-12', 800],
    ]);
    expect(messages).toEqual([
      'warning: kam.xlsx, MRR history: 1 account(s) have no row and count as 0: KA-3',
    ]);
    expect(mrr?.periods.map((period) => period.label)).toEqual(['2025-11', '2025-12']);
    expect(mrr?.values).toEqual({ 'KA-1': [1000, 1200], 'KA-2': [900, 800], 'KA-3': [0, 0] });
  });

  it('is undefined (no slide, no message) without an MRR sheet', () => {
    expect(read('Revenue', WIDE)).toEqual({ mrr: undefined, messages: [] });
  });
});

describe('readMrrSheet: located errors for bad values', () => {
  it.each([
    [2, 3, '12,5k', 'error: kam.xlsx, MRR!D3 (column "Oct 2025"): "12,5k" is not a number'],
    [
      1,
      4,
      -5,
      'error: kam.xlsx, MRR!E2 (column "Dec 2025"): -5 is negative; expected MRR of 0 or more',
    ],
    [
      3,
      0,
      'KA-9',
      'error: kam.xlsx, MRR!A4 (column "Account ID"): account "KA-9" is not in the Accounts sheet; add it there or remove this MRR row',
    ],
    [
      3,
      0,
      'KA-1',
      'error: kam.xlsx, MRR!A4 (column "Account ID"): account "KA-1" appears again (first in row 2); put one row per account',
    ],
  ])('row %d, column %d = %j', (row, column, value, message) => {
    const rows = WIDE.map((cells) => [...cells]);
    const target = rows[row];
    if (target === undefined) throw new Error('no row');
    target[column] = value;
    expect(read('MRR', rows).messages).toContain(message);
  });
});

describe('readMrrSheet: retention checks', () => {
  it('rejects months mixed with quarters, at the header row', () => {
    const { messages } = read('MRR', [
      ['Account ID', 'Oct 2025', 'Nov 2025', 'Q1 2026'],
      ['KA-1', 1000, 1100, 1200],
    ]);
    expect(messages).toContain(
      'error: kam.xlsx, MRR row 1: periods "Oct 2025" (a month) and "Q1 2026" (a quarter) differ in length; use one length (all months or all quarters) so that consecutive periods compare like with like',
    );
  });

  it('warns about a gap between periods', () => {
    const { messages } = read('MRR', [
      ['Account ID', 'Oct 2025', 'Nov 2025', 'Feb 2026'],
      ['KA-1', 1000, 1100, 1200],
      ['KA-2', 800, 800, 800],
      ['KA-3', 0, 0, 0],
    ]);
    expect(messages).toEqual([
      'warning: kam.xlsx, MRR row 1: no column for 2 period(s) between "Nov 2025" and "Feb 2026"; the movement between them is shown as one step',
    ]);
  });

  it('warns when the last period differs from the Accounts MRR column (accounts without MRR there are skipped)', () => {
    const { messages } = read('MRR', [
      ['Account ID', 'Q3 2026', 'Q4 2026'],
      ['KA-1', 1000, 1250],
      ['KA-2', 800, 800],
      ['KA-3', 10, 20],
    ]);
    expect(messages).toEqual([
      'warning: kam.xlsx, MRR: MRR in the last period "Q4 2026" differs from the Accounts sheet\'s MRR for 1 account(s): KA-1 (1250 here, 1200 in Accounts); the retention slides use this sheet',
    ]);
  });

  it('names at most five accounts in that warning', () => {
    const accounts = Array.from({ length: 7 }, (_, index) => ({
      id: `A${index + 1}`,
      name: `A${index + 1}`,
      mrr: 1,
    }));
    const { messages } = read(
      'MRR',
      [['Account ID', '2026-01', '2026-02'], ...accounts.map((account) => [account.id, 1, 2])],
      accounts,
    );
    expect(messages).toEqual([
      'warning: kam.xlsx, MRR: MRR in the last period "2026-02" differs from the Accounts sheet\'s MRR for 7 account(s): A1 (2 here, 1 in Accounts), A2 (2 here, 1 in Accounts), A3 (2 here, 1 in Accounts), A4 (2 here, 1 in Accounts), A5 (2 here, 1 in Accounts) and 2 more; the retention slides use this sheet',
    ]);
  });
});
