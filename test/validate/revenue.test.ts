import { describe, expect, it } from 'vitest';
import type { FixtureSheet } from '../helpers/workbook.js';
import { ACCOUNTS, errorsOf, revenue, validate, validModel } from './helpers.js';

const wide = (rows: FixtureSheet['rows']) => revenue([['Account ID', 'FY2025', 'FY2026'], ...rows]);

describe('Revenue sheet: wide and long format', () => {
  it('reads the long format (Account ID | Period | Revenue) into the same table as the wide one', () => {
    const long = revenue([
      ['account id', 'Period', 'Revenue', 'Comment'],
      ['A2', 'FY2026', 40, null],
      ['A1', 'FY2026', 200, 'ok'],
      ['A1', 2025, 100, null],
      ['A2', 'FY2025', 50, null],
    ]);
    const fromLong = validModel([ACCOUNTS, long]).revenue;
    const fromWide = validModel([
      ACCOUNTS,
      wide([
        ['A1', 100, 200],
        ['A2', 50, 40],
      ]),
    ]).revenue;
    expect(fromLong.values).toEqual(fromWide.values);
    expect(fromLong.periods.map((period) => period.startMonth)).toEqual(
      fromWide.periods.map((period) => period.startMonth),
    );
  });

  it('reports a period given twice for an account in the long format', () => {
    const long = revenue([
      ['Account ID', 'Period', 'Revenue'],
      ['A1', 'FY2026', 1],
      ['A1', 'fy 2026', 2],
    ]);
    expect(errorsOf([ACCOUNTS, long])).toEqual([
      'error: kam.xlsx, Revenue!B3 (column "Period"): account "A1" has fy 2026 twice (first in row 2)',
    ]);
  });

  it('gives an account without a row zeros, with a warning naming it', () => {
    const result = validate([ACCOUNTS, wide([['A1', 100, 200]])]);
    expect(result.errors).toEqual([]);
    expect(result.model?.revenue.values['A2']).toEqual([0, 0]);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, Revenue: 1 account(s) have no row and count as 0: A2',
    ]);
  });

  it('reads an empty revenue cell as no revenue (0)', () => {
    const model = validModel([
      ACCOUNTS,
      wide([
        ['A1', null, 200],
        ['A2', 50, null],
      ]),
    ]);
    expect(model.revenue.values).toEqual({ A1: [0, 200], A2: [50, 0] });
  });
});

describe('Revenue values', () => {
  it.each<[string, string, number]>([
    ['en-US', '$1,234,567.89', 1234567.89],
    ['en-US', 'USD 1,000', 1000],
    ['en-US', '€ 2.500,00', 2500],
    ['en-US', '1 234 567', 1234567],
    ['en-US', '(0)', 0],
    ['it-IT', '1.234.567,89 €', 1234567.89],
    ['it-IT', '1.234', 1234],
    ['it-IT', '1,5', 1.5],
    ['de-DE', 'EUR 12.500', 12500],
  ])('parses text with separators and currency (%s): %j', (locale, text, value) => {
    const model = validModel([ACCOUNTS, wide([['A1', text, 1]])], { locale });
    expect(model.revenue.values['A1']?.[0]).toBe(value);
  });

  it.each<[string, FixtureSheet['rows'][number][number]]>([
    ['"12,5k" is not a number', '12,5k'],
    ['"n/a" is not a number', 'n/a'],
    ['"1.2.3" is not a number', '1.2.3'],
    ['"$$5" is not a number', '$$5'],
    ['true is not a number', true],
    ['2026-01-15 is not a number', new Date(Date.UTC(2026, 0, 15))],
  ])('reports, never zeroes, a value that is not a number: %s', (message, value) => {
    // The bad cell is C7: row 7 of the sheet, column C (FY2026).
    const rows = [1, 2, 3, 4].map((n) => [`X${n}`, n, n]);
    const sheets = [
      {
        ...ACCOUNTS,
        rows: [...ACCOUNTS.rows, ...rows.map((row) => [row[0] ?? null, `Name ${String(row[0])}`])],
      },
      wide([['A1', 1, 1], ...rows, ['A2', 1, value]]),
    ];
    expect(errorsOf(sheets)).toEqual([`error: kam.xlsx, Revenue!C7 (column "FY2026"): ${message}`]);
  });

  it('reports negative revenue, as a number or as text, at its cell', () => {
    const errors = errorsOf([
      ACCOUNTS,
      wide([
        ['A1', -100, 200],
        ['A2', 50, '(40)'],
      ]),
    ]);
    expect(errors).toEqual([
      'error: kam.xlsx, Revenue!B2 (column "FY2025"): -100 is negative; expected revenue of 0 or more',
      'error: kam.xlsx, Revenue!C3 (column "FY2026"): -40 is negative; expected revenue of 0 or more',
    ]);
  });

  it('reports rows of accounts missing from the Accounts sheet, and duplicate rows', () => {
    const errors = errorsOf([
      ACCOUNTS,
      wide([
        ['A1', 1, 1],
        ['A9', 1, 1],
        ['A1', 2, 2],
        [null, 3, 3],
      ]),
    ]);
    expect(errors).toEqual([
      'error: kam.xlsx, Revenue!A4 (column "Account ID"): account "A1" appears again (first in row 2); put one row per account',
      'error: kam.xlsx, Revenue!A5 (column "Account ID"): is empty; an account ID is required',
      'error: kam.xlsx, Revenue!A3 (column "Account ID"): account "A9" is not in the Accounts sheet; add it there or remove this revenue row',
    ]);
  });

  it('does not call the revenue row of an Accounts row with another error unknown', () => {
    const accounts = { ...ACCOUNTS, rows: [...ACCOUNTS.rows, ['A3', null]] };
    expect(errorsOf([accounts, wide([['A3', 1, 1]])])).toEqual([
      'error: kam.xlsx, Accounts!B4 (column "Account"): is empty; an account name is required',
    ]);
  });
});
