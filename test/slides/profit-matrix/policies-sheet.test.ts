import { describe, expect, it } from 'vitest';
import type { FixtureSheet } from '../../helpers/workbook.js';
import { HEADER, read, sales } from './read-sheets.js';

const POLICY_HEADER = ['Customer category', 1, 2, 3, 4];
const policyRow = (category: string) => [1, 2, 3, 4].map((p) => `${category}${p} policy`);
const fullGrid = (): FixtureSheet['rows'] => [
  POLICY_HEADER,
  ...['A', 'B', 'C', 'D'].map((c) => [c, ...policyRow(c)]),
];
const SALES = sales([HEADER, ['KA-1', 'Suite', 100, 60]]);
const policies = (rows: FixtureSheet['rows']): FixtureSheet => ({ name: 'Profit policies', rows });

describe('Profit policies sheet', () => {
  it('reads a complete grid: rows A–D, columns 1–4, in any order', () => {
    const rows = fullGrid();
    const [header, a, b, c, d] = rows;
    const { data, errors } = read([
      SALES,
      policies([header ?? [], d ?? [], b ?? [], a ?? [], c ?? []]),
    ]);
    expect(errors).toEqual([]);
    expect(data?.policies?.sheet).toBe('Profit policies');
    expect(data?.policies?.grid.A).toEqual(['A1 policy', 'A2 policy', 'A3 policy', 'A4 policy']);
    expect(data?.policies?.grid.D[3]).toBe('D4 policy');
  });

  it('accepts "Category 1" style headers and "Customer A" style labels', () => {
    const rows = fullGrid().map((row, index) =>
      index === 0
        ? ['', 'Category 1', 'Category 2', 'Cat 3', 'P4']
        : [`Customer ${String(row[0])}`, ...row.slice(1)],
    );
    const { data, errors } = read([SALES, policies(rows)]);
    expect(errors).toEqual([]);
    expect(data?.policies?.grid.B[1]).toBe('B2 policy');
  });

  it.each([
    [
      'a missing column',
      (rows: FixtureSheet['rows']) => rows.map((row) => row.slice(0, 4)),
      'Profit policies row 1: no column for product category 4; expected the customer category in the first column, then columns headed 1, 2, 3 and 4; headers found: "Customer category", "1", "2", "3"',
    ],
    [
      'a bad row label',
      (rows: FixtureSheet['rows']) =>
        rows.map((row, i) => (i === 4 ? ['E', ...row.slice(1)] : row)),
      'Profit policies!A5 (column "Customer category"): "E" is not a customer category; expected A, B, C or D',
    ],
    [
      'an empty policy',
      (rows: FixtureSheet['rows']) =>
        rows.map((row, i) => (i === 2 ? [...row.slice(0, 3), null, row[4] ?? null] : row)),
      'Profit policies!D3 (column "3"): is empty; a policy for B × 3 is required',
    ],
    [
      'a category twice',
      (rows: FixtureSheet['rows']) =>
        rows.map((row, i) => (i === 3 ? ['B', ...row.slice(1)] : row)),
      'Profit policies!A4 (column "Customer category"): customer category B appears again (first in row 3); each category has one row',
    ],
    [
      'a product column twice',
      (rows: FixtureSheet['rows']) => rows.map((row, i) => [...row, i === 0 ? 'Cat 2' : 'x']),
      'Profit policies!F1 (column "Cat 2"): "Cat 2" is a second column for product category 2 (the first is column C)',
    ],
  ])('reports %s and falls back to the default policies', (_, edit, message) => {
    const { data, errors } = read([SALES, policies(edit(fullGrid()))]);
    expect(errors).toContain(`error: kam.xlsx, ${message}`);
    expect(data?.policies).toBeUndefined();
  });

  it('reports a missing category row at the sheet', () => {
    const { errors } = read([SALES, policies(fullGrid().slice(0, 4))]);
    expect(errors).toEqual([
      'error: kam.xlsx, Profit policies: no row for customer category D; the grid needs one row for each of A, B, C and D',
    ]);
  });

  it('warns about an extra column and a very long policy, and still uses the grid', () => {
    const long =
      'Serve from the regional hub with quarterly business reviews, named engineers and a yearly roadmap';
    const rows = fullGrid().map((row, i) =>
      i === 0
        ? [...row, 'Notes']
        : i === 1
          ? [row[0] ?? null, long, ...row.slice(2), 'x']
          : [...row, null],
    );
    const { data, warnings, errors } = read([SALES, policies(rows)]);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'warning: kam.xlsx, Profit policies!F1 (column "Notes"): column "Notes" is ignored; expected the headers 1 to 4',
      `warning: kam.xlsx, Profit policies!B2 (column "1"): the policy has ${long.length} characters; it is shortened on the slide (over 90) and given in full in the notes`,
    ]);
    expect(data?.policies?.grid.A[0]).toBe(long);
  });

  it('ignores policies without a Sales sheet, with a warning', () => {
    const { data, warnings } = read([policies(fullGrid())]);
    expect(data).toBeUndefined();
    expect(warnings).toEqual([
      'warning: kam.xlsx, Profit policies: the policies are not used: the workbook has no "Sales" sheet for the profit matrix',
    ]);
  });
});
