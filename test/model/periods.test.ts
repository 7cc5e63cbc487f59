import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod } from '../../src/model/periods.js';
import { ACCOUNTS, errorsOf, revenue, validModel } from '../validate/helpers.js';

/** Months since year 0, as Period.startMonth counts them. */
const month = (year: number, monthIndex: number) => year * 12 + monthIndex;

describe('parsePeriod', () => {
  it.each<[string, number, number]>([
    ['2024', month(2024, 0), 12],
    ['FY2025', month(2025, 0), 12],
    ['fy 2025', month(2025, 0), 12],
    ['2026-Q1', month(2026, 0), 3],
    ['Q1 2026', month(2026, 0), 3],
    ['q3-2026', month(2026, 6), 3],
    ['2026 H2', month(2026, 6), 6],
    ['Jan 2026', month(2026, 0), 1],
    ['September 2026', month(2026, 8), 1],
    ['2026-03', month(2026, 2), 1],
    ['03/2026', month(2026, 2), 1],
    // An Excel date header ("Jan 2026" typed in a cell) reaches validation as ISO text.
    ['2026-01-01', month(2026, 0), 1],
    ['2026-03-31', month(2026, 2), 1],
  ])('reads %j', (header, startMonth, months) => {
    expect(parsePeriod(header)).toMatchObject({ startMonth, months });
  });

  it('keeps the header as the label, but names a date header by its month', () => {
    expect(parsePeriod(' FY2025 ')?.label).toBe('FY2025');
    expect(parsePeriod('2026-01-01')?.label).toBe('Jan 2026');
    expect(parsePeriod('2026-01-01', 'it-IT')?.label).toBe('gen 2026');
  });

  it('reads month names in the deck language', () => {
    expect(parsePeriod('Gennaio 2026', 'it-IT')).toMatchObject({ startMonth: month(2026, 0) });
    expect(parsePeriod('März 2026', 'de-DE')).toMatchObject({ startMonth: month(2026, 2) });
  });

  it.each(['Notes', 'Account', '2026-13', 'Q5 2026', '12345', 'Region 2026', ''])(
    'does not take %j for a period',
    (header) => {
      expect(parsePeriod(header)).toBeUndefined();
    },
  );
});

describe('comparePeriods', () => {
  it('sorts chronologically, a longer period first when two start together', () => {
    const headers = ['Jan 2027', 'Q1 2026', 'FY2026', '2024', 'Feb 2026', '2025-H2'];
    const sorted = headers
      .map((header) => parsePeriod(header))
      .filter((period) => period !== undefined)
      .sort(comparePeriods)
      .map((period) => period.label);
    expect(sorted).toEqual(['2024', '2025-H2', 'FY2026', 'Q1 2026', 'Feb 2026', 'Jan 2027']);
  });
});

describe('Revenue period columns through validation', () => {
  it('sorts columns typed out of order and keeps each value with its period', () => {
    const model = validModel([
      ACCOUNTS,
      revenue([
        ['Account ID', 'Jan 2027', 'Q1 2026', 'FY2025', 2024, '2026-Q2'],
        ['A1', 1, 2, 3, 4, 5],
        ['A2', 6, 7, 8, 9, 10],
      ]),
    ]);
    expect(model.revenue.periods.map((period) => period.label)).toEqual([
      '2024',
      'FY2025',
      'Q1 2026',
      '2026-Q2',
      'Jan 2027',
    ]);
    expect(model.revenue.values).toEqual({ A1: [4, 3, 2, 5, 1], A2: [9, 8, 7, 10, 6] });
  });

  it('accepts any number of periods: 24 months', () => {
    const headers = Array.from({ length: 24 }, (_, index) =>
      new Date(Date.UTC(2025, index, 1)).toISOString().slice(0, 7),
    );
    const model = validModel([
      ACCOUNTS,
      revenue([
        ['Account ID', ...headers],
        ['A1', ...headers.map((_, index) => index)],
      ]),
    ]);
    expect(model.revenue.periods).toHaveLength(24);
    expect(model.revenue.values['A1']).toEqual(headers.map((_, index) => index));
    // A2 has no row: zeros in every period.
    expect(model.revenue.values['A2']).toEqual(headers.map(() => 0));
  });

  it('reads Excel date headers as months', () => {
    const model = validModel([
      ACCOUNTS,
      revenue([
        ['Account ID', new Date(Date.UTC(2026, 1, 1)), new Date(Date.UTC(2026, 0, 1))],
        ['A1', 20, 10],
      ]),
    ]);
    expect(model.revenue.periods.map((period) => period.label)).toEqual(['Jan 2026', 'Feb 2026']);
    expect(model.revenue.values['A1']).toEqual([10, 20]);
  });

  it('reports two headers naming the same period', () => {
    const errors = errorsOf([
      ACCOUNTS,
      revenue([
        ['Account ID', '2026-Q1', 'Q1 2026'],
        ['A1', 1, 2],
      ]),
    ]);
    expect(errors).toEqual([
      'error: kam.xlsx, Revenue row 1: periods "2026-Q1" and "Q1 2026" are the same period',
    ]);
  });

  it('reports a Revenue sheet without period columns', () => {
    const errors = errorsOf([
      ACCOUNTS,
      revenue([
        ['Account ID', 'Amount'],
        ['A1', 1],
      ]),
    ]);
    expect(errors).toEqual([
      'error: kam.xlsx, Revenue row 1: has no period columns; expected headers such as 2025, FY2025, Q1 2026 or Jan 2026',
    ]);
  });
});
