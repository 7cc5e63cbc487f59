/**
 * Checks against the input contract as a whole: unknown and repeated sheets, near-miss headers,
 * empty optional sheets (treated as absent), and suspicious but usable revenue.
 */
import { describe, expect, it } from 'vitest';
import { exampleSheets } from '../helpers/contract-fixture.js';
import { withCell, withSheet, type FixtureSheet } from '../helpers/workbook.js';
import { ACCOUNTS, revenue, validate } from './helpers.js';

const rename = (sheets: FixtureSheet[], from: string, to: string) =>
  sheets.map((sheet) => (sheet.name === from ? { ...sheet, name: to } : sheet));

const headerOnly = (sheets: FixtureSheet[], name: string) =>
  withSheet(sheets, name, (rows) => rows.slice(0, 1));

describe('sheet names', () => {
  it('warns about a sheet kamdeck does not read, with a suggestion when it is close', () => {
    const result = validate(rename(exampleSheets(), 'Timeline', 'Timelines'));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, Timelines: sheet "Timelines" is not a sheet kamdeck reads and is ignored (did you mean "Timeline"?)',
    ]);
    expect(result.model?.timeline).toBeUndefined();
  });

  it('suggests the canonical name when the typo is of an alias', () => {
    const result = validate([ACCOUNTS, { name: 'Turnovr', rows: [['Account ID', '2025']] }]);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, Turnovr: sheet "Turnovr" is not a sheet kamdeck reads and is ignored (did you mean "Revenue"?)',
    ]);
  });

  it('reads only the first of two sheets with the same meaning, and says so', () => {
    const second = {
      name: 'Customers',
      rows: [
        ['Account ID', 'Account'],
        ['Z9', 'Zeta'],
      ],
    };
    const result = validate([ACCOUNTS, second]);
    expect(result.model?.accounts.map((account) => account.id)).toEqual(['A1', 'A2']);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, Customers: is read as the Accounts sheet, but "Accounts" is read already; this sheet is ignored',
    ]);
  });

  it('never warns about the Instructions sheet that kamdeck init writes', () => {
    const result = validate([ACCOUNTS, { name: 'Instructions', rows: [['How', 'to']] }]);
    expect(result.warnings).toEqual([]);
  });

  it('says "did you mean" when the Accounts sheet itself is misspelt', () => {
    const result = validate(rename(exampleSheets(), 'Accounts', 'Acounts'));
    expect(result.errors[0]).toBe(
      'error: kam.xlsx: no "Accounts" sheet ("Acounts" looks close: did you mean "Accounts"?); sheets found: "Deck", "Acounts", "Revenue", "MRR", "Scoring criteria", "Scores", "Sales", "Profit policies", "Stakeholders", "Influence", "Timeline", "Divisions", "Team", "RACI", "Charter"',
    );
  });
});

describe('near-miss headers', () => {
  it('warns at an unknown header that is close to an optional column the sheet lacks', () => {
    const sheets = withCell(exampleSheets(), 'Accounts', 0, 11, 'Satisfacton');
    const result = validate(sheets);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, Accounts!L1 (column "Satisfacton"): column "Satisfacton" is not a column of the Accounts sheet and is ignored (did you mean "Satisfaction"?)',
    ]);
    expect(result.model?.accounts[0]?.satisfaction).toBeUndefined();
  });

  it('leaves a near-miss of a required column to the missing-column error', () => {
    const sheets = withCell(exampleSheets(), 'Timeline', 0, 5, 'Stauts');
    const result = validate(sheets);
    expect(result.warnings).toEqual([]);
    expect(result.errors).toEqual([
      'error: kam.xlsx, Timeline!F1 (column "Stauts"): no "Status" column ("Stauts" looks close: did you mean "Status"?); headers found: "Workstream", "Task", "Start", "End", "Owner", "Stauts", "Milestone", "Account ID"',
    ]);
  });

  it('says nothing about extra columns that resemble no known one', () => {
    const sheets = withSheet(exampleSheets(), 'Team', (rows) =>
      rows.map((row, index) => [...row, index === 0 ? 'Phone' : '555-0100']),
    );
    expect(validate(sheets).warnings).toEqual([]);
  });
});

describe('empty optional sheets', () => {
  it('treats a sheet with only its header row as absent, with a warning', () => {
    const result = validate(headerOnly(headerOnly(exampleSheets(), 'Scores'), 'Scoring criteria'));
    expect(result.errors).toEqual([]);
    expect(result.model?.scoring).toBeUndefined();
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, Scoring criteria: has a header row but no data; it is ignored, as if there were no Scoring criteria sheet (slides that need it are left out)',
      'warning: kam.xlsx, Scores: has a header row but no data; it is ignored, as if there were no Scores sheet (slides that need it are left out)',
    ]);
  });

  it('treats a completely empty sheet as absent too', () => {
    const result = validate([ACCOUNTS, { name: 'Profit policies', rows: [] }]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, Profit policies: is empty; it is ignored, as if there were no Profit policies sheet (slides that need it are left out)',
    ]);
  });

  it('still requires accounts in the Accounts sheet', () => {
    const result = validate(headerOnly(exampleSheets(), 'Accounts'));
    expect(result.errors).toContain(
      'error: kam.xlsx, Accounts: has no accounts; add one row per key account',
    );
  });
});

describe('suspicious revenue', () => {
  const accounts: FixtureSheet = {
    name: 'Accounts',
    rows: [
      ['Account ID', 'Account'],
      ['A1', 'Alpha'],
      ['A2', 'Beta'],
      ['A3', 'Gamma'],
    ],
  };

  it('warns at the cell where revenue falls by 90% or more, and at accounts with none at all', () => {
    const result = validate([
      accounts,
      revenue([
        ['Account ID', '2024', '2025', '2026'],
        ['A1', 1000, 95, 100],
        ['A2', 1000, 101, null],
        ['A3', 0, null, 0],
      ]),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, Revenue!C2 (column "2025"): revenue of A1 falls by 91% from 1000 in 2024 to 95 in 2025; check for a missing digit or a partial period',
      'warning: kam.xlsx, Revenue!D3 (column "2026"): revenue of A2 falls from 101 in 2025 to 0 in 2026; right if the account was lost, otherwise fill in this cell',
      'warning: kam.xlsx, Revenue!A4 (column "Account ID"): account "A3" has no revenue in any period (every cell is empty or 0); it counts as 0 in every total',
    ]);
  });

  it('lists ten falls and counts the rest', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [`K${i}`, `Key ${i}`]);
    const result = validate([
      { name: 'Accounts', rows: [['Account ID', 'Account'], ...rows] },
      revenue([['Account ID', '2025', '2026'], ...rows.map(([id]) => [id ?? '', 500, 1])]),
    ]);
    expect(result.warnings).toHaveLength(11);
    expect(result.warnings[10]).toBe(
      'warning: kam.xlsx, Revenue: 2 more falls of 90% or more (not listed)',
    );
  });
});
