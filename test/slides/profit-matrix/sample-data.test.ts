import { describe, expect, it } from 'vitest';
import { buildSampleData } from '../../../sample-data/generate.js';
import { salesSheets } from '../../../sample-data/sheets/sales.js';
import {
  analyseProfitMatrix,
  DEFAULT_PROFIT_MATRIX_PARAMS,
} from '../../../src/slides/profit-matrix/analyse.js';
import type { FixtureSheet } from '../../helpers/workbook.js';
import { modelWithSales } from './fixtures.js';
import { readWith } from './read-sheets.js';

const data = buildSampleData();
const rows = data.extra.Sales ?? [];

function salesSheet(): FixtureSheet {
  const headers = salesSheets[0]?.columns.map((column) => column.header) ?? [];
  return {
    name: 'Sales',
    rows: [headers, ...rows.map((row) => headers.map((header) => row[header] ?? null))],
  };
}

describe('sample Sales sheet', () => {
  it('adds up to each account’s FY2026 revenue exactly', () => {
    const sums = new Map<string, number>();
    for (const row of rows) {
      const id = String(row['Account ID']);
      sums.set(id, (sums.get(id) ?? 0) + Number(row.Revenue));
    }
    for (const revenue of data.Revenue)
      expect(sums.get(revenue['Account ID']) ?? 0).toBe(revenue.FY2026);
  });

  it('reads without errors or warnings and tells the two loss stories', () => {
    const accounts = data.Accounts.map((account) => ({
      id: account['Account ID'],
      name: account.Account,
    }));
    const { data: sales, errors, warnings } = readWith([salesSheet()], accounts);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    const model = modelWithSales(
      accounts.map((a) => [a.id, a.name]),
      sales,
    );
    const result = analyseProfitMatrix(model, DEFAULT_PROFIT_MATRIX_PARAMS);
    expect(result.total.products).toBe(8);
    const loss = result.customers.filter((customer) => customer.profit < 0).map((c) => c.name);
    expect(loss).toEqual(['Caldera Genomics']);
    expect(result.products.find((p) => p.name === 'Data Migration Services')?.category).toBe(4);
    expect(result.accountsWithoutSales.map((a) => a.name)).toEqual(['Redcliff Shores Health Plan']);
  });
});
