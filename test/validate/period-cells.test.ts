/**
 * Per-period sheets keep the cells they read in compact columns and find a cell only when a
 * warning points at it. These cases pin down which cell that is when a period has two columns or a
 * cell could not be read, and when an account's revenue counts as "none in any period".
 */
import { describe, expect, it } from 'vitest';
import type { FixtureSheet } from '../helpers/workbook.js';
import { ACCOUNTS, revenue, validate } from './helpers.js';

const warningsOf = (sheets: readonly FixtureSheet[]) =>
  validate(sheets).warnings.filter((w) => w.includes('falls') || w.includes('no revenue'));

describe('revenue warnings point at the cell read', () => {
  it('points a fall at the cell of its period', () => {
    const sheet = revenue([
      ['Account ID', 'FY2025', 'FY2026'],
      ['A1', 100, 5],
      ['A2', 50, 50],
    ]);
    expect(warningsOf([ACCOUNTS, sheet])).toEqual([
      'warning: kam.xlsx, Revenue!C2 (column "FY2026"): revenue of A1 falls by 95% from 100 in FY2025 to 5 in FY2026; check for a missing digit or a partial period',
    ]);
  });

  it('of two columns for one period, points at the later one read', () => {
    const sheet = revenue([
      ['Account ID', 'FY2025', 'FY2026', '2026'],
      ['A1', 100, 0, 0],
      ['A2', 100, 0, 'n/a'],
    ]);
    expect(warningsOf([ACCOUNTS, sheet])).toEqual([
      'warning: kam.xlsx, Revenue!D2 (column "2026"): revenue of A1 falls from 100 in FY2025 to 0 in FY2026; right if the account was lost, otherwise fill in this cell',
      'warning: kam.xlsx, Revenue!C3 (column "FY2026"): revenue of A2 falls from 100 in FY2025 to 0 in FY2026; right if the account was lost, otherwise fill in this cell',
    ]);
  });

  it('does not point at a cell that could not be read', () => {
    const sheet = revenue([
      ['Account ID', 'FY2025', 'FY2026'],
      ['A1', 100, 'n/a'],
      ['A2', 100, 100],
    ]);
    expect(warningsOf([ACCOUNTS, sheet])).toEqual([]);
  });

  it('finds the cell of a fall in the long format, rows in any order', () => {
    const sheet = revenue([
      ['Account ID', 'Period', 'Revenue'],
      ['A2', 'FY2026', 1],
      ['A1', 'FY2025', 100],
      ['A2', 'FY2025', 100],
      ['A1', 'FY2026', 100],
    ]);
    expect(warningsOf([ACCOUNTS, sheet])).toEqual([
      'warning: kam.xlsx, Revenue!C2 (column "Revenue"): revenue of A2 falls by 99% from 100 in FY2025 to 1 in FY2026; check for a missing digit or a partial period',
    ]);
  });
});

describe('accounts without revenue', () => {
  it('names an account whose every cell is empty or 0, at its ID cell', () => {
    const sheet = revenue([
      ['Account ID', 'FY2025', 'FY2026'],
      ['A1', 0, null],
      ['A2', 10, 10],
    ]);
    expect(warningsOf([ACCOUNTS, sheet])).toEqual([
      'warning: kam.xlsx, Revenue!A2 (column "Account ID"): account "A1" has no revenue in any period (every cell is empty or 0); it counts as 0 in every total',
    ]);
  });

  it('does not count a cell with an error as 0', () => {
    const sheet = revenue([
      ['Account ID', 'FY2025', 'FY2026'],
      ['A1', 0, 'n/a'],
      ['A2', 10, 10],
    ]);
    expect(warningsOf([ACCOUNTS, sheet])).toEqual([]);
  });

  it('adds up an account over its rows in the long format', () => {
    const sheet = revenue([
      ['Account ID', 'Period', 'Revenue'],
      ['A1', 'FY2025', 0],
      ['A2', 'FY2025', 5],
      ['A1', 'FY2026', 0],
      ['A2', 'FY2026', 5],
    ]);
    expect(warningsOf([ACCOUNTS, sheet])).toEqual([
      'warning: kam.xlsx, Revenue!A2 (column "Account ID"): account "A1" has no revenue in any period (every cell is empty or 0); it counts as 0 in every total',
    ]);
  });
});
