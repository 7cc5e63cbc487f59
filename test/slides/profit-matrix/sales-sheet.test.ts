import { describe, expect, it } from 'vitest';
import { HEADER, read, sales } from './read-sheets.js';

describe('Sales sheet: valid input', () => {
  it('reads lines with gross profit, in sheet order', () => {
    const { data, errors, warnings } = read([
      sales([
        HEADER,
        ['KA-1', 'EHR Cloud Suite', 1000, 700],
        ['KA-2', 'Imaging Archive', 500, -20],
      ]),
    ]);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(data).toEqual({
      sheet: 'Sales',
      lines: [
        { accountId: 'KA-1', product: 'EHR Cloud Suite', revenue: 1000, grossProfit: 700, row: 2 },
        { accountId: 'KA-2', product: 'Imaging Archive', revenue: 500, grossProfit: -20, row: 3 },
      ],
    });
  });

  it('computes gross profit as Revenue − Cost when only Cost is given (aliases: Sales lines, COGS)', () => {
    const { data, errors } = read([
      sales(
        [
          ['Customer ID', 'Product', 'Revenue', 'COGS'],
          ['KA-1', 'Support', '1,000.10', 600.05],
        ],
        'Sales lines',
      ),
    ]);
    expect(errors).toEqual([]);
    // 1000.10 − 600.05 = 400.05
    expect(data?.lines[0]?.grossProfit).toBe(400.05);
  });

  it('accepts both Gross profit and Cost when they agree (within 0.1% of revenue)', () => {
    const { errors, warnings } = read([
      sales([
        ['Account ID', 'Product', 'Revenue', 'Gross profit', 'Cost'],
        ['KA-1', 'Support', 100000, 40050, 60000],
      ]),
    ]);
    // |100000 − 60000 − 40050| = 50 ≤ 100 (0.1% of revenue).
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('reads spelling variants of a product as one product, with a warning', () => {
    const { data, warnings } = read([
      sales([HEADER, ['KA-1', 'EHR Cloud Suite', 10, 7], ['KA-2', 'ehr cloud-suite', 10, 7]]),
    ]);
    expect(data?.lines.map((line) => line.product)).toEqual(['EHR Cloud Suite', 'EHR Cloud Suite']);
    expect(warnings).toEqual([
      'warning: kam.xlsx, Sales!B3 (column "Product"): "ehr cloud-suite" is read as the product "EHR Cloud Suite" written in row 2',
    ]);
  });

  it('reads given categories, once per product and account', () => {
    const { data, errors } = read([
      sales([
        ['Account ID', 'Product', 'Product category', 'Customer category', 'Revenue', 'GP'],
        ['KA-1', 'Suite', 1, 'a', 100, 70],
        ['KA-1', 'Services', 'Cat 4', null, 100, 10],
        ['KA-2', 'Suite', null, 'B', 50, 35],
      ]),
    ]);
    expect(errors).toEqual([]);
    expect(data?.productCategories).toEqual({ Suite: 1, Services: 4 });
    expect(data?.customerCategories).toEqual({ 'KA-1': 'A', 'KA-2': 'B' });
  });

  it('is absent when the workbook has no Sales sheet', () => {
    expect(read([{ name: 'Other', rows: [['A', 'B']] }]).data).toBeUndefined();
  });
});

describe('Sales sheet: errors and warnings, located', () => {
  it.each([
    [['KA-1', 'Suite', '12,5k', 10], 'Sales!C2 (column "Revenue"): "12,5k" is not a number'],
    [
      ['KA-1', 'Suite', -5, 10],
      'Sales!C2 (column "Revenue"): -5 is negative; expected revenue of 0 or more',
    ],
    [['KA-1', 'Suite', null, 10], 'Sales!C2 (column "Revenue"): is empty; revenue is required'],
    [['KA-1', null, 100, 10], 'Sales!B2 (column "Product"): is empty; a product name is required'],
    [['KA-1', 'Suite', 100, 'n/a'], 'Sales!D2 (column "Gross profit"): "n/a" is not a number'],
    [
      ['KA-1', 'Suite', 100, null],
      'Sales!D2 (column "Gross profit"): is empty; Gross profit or Cost is required',
    ],
    [
      ['KA-1', 'Suite', 100, 120],
      'Sales!D2 (column "Gross profit"): 120 is above the revenue 100; gross profit is revenue minus cost, so at most the revenue',
    ],
    [
      ['KA-9', 'Suite', 100, 10],
      'Sales!A2 (column "Account ID"): account "KA-9" is not in the Accounts sheet; add it there or remove this Sales row',
    ],
  ])('row %j → %s', (row, message) => {
    const { data, errors } = read([sales([HEADER, row])]);
    expect(errors).toEqual([`error: kam.xlsx, ${message}`]);
    expect(data?.lines).toEqual([]);
  });

  it('warns when Gross profit differs from Revenue − Cost, and uses the Gross profit', () => {
    const { data, warnings } = read([
      sales([
        ['Account ID', 'Product', 'Revenue', 'Cost', 'Gross profit'],
        ['KA-1', 'Suite', 1000, 600, 450],
      ]),
    ]);
    // 1000 − 600 = 400 ≠ 450; tolerance max(1, 0.1% × 1000) = 1.
    expect(warnings).toEqual([
      'warning: kam.xlsx, Sales!E2 (column "Gross profit"): 450 differs from Revenue − Cost = 1000 − 600 = 400; the Gross profit is used',
    ]);
    expect(data?.lines[0]?.grossProfit).toBe(450);
  });

  it('needs a Gross profit or a Cost column', () => {
    const { errors } = read([
      sales([
        ['Account ID', 'Product', 'Revenue'],
        ['KA-1', 'Suite', 100],
      ]),
    ]);
    expect(errors).toEqual([
      'error: kam.xlsx, Sales row 1: no "Gross profit" or "Cost" column; one of them is needed to compute profit; headers found: "Account ID", "Product", "Revenue"',
    ]);
  });

  it('names a missing required column', () => {
    const { errors } = read([
      sales([
        ['Account ID', 'Revenue', 'Gross profit'],
        ['KA-1', 100, 10],
      ]),
    ]);
    expect(errors).toEqual([
      'error: kam.xlsx, Sales row 1: no "Product" column; headers found: "Account ID", "Revenue", "Gross profit"',
    ]);
  });

  it.each([
    [5, '5 is not a product category (1, 2, 3 or 4)'],
    ['top', '"top" is not a product category (1, 2, 3 or 4)'],
    [1.5, '1.5 is not a product category (1, 2, 3 or 4)'],
  ])('rejects the product category %j', (value, message) => {
    const { errors } = read([
      sales([
        ['Account ID', 'Product', 'Product category', 'Revenue', 'GP'],
        ['KA-1', 'Suite', value, 100, 10],
      ]),
    ]);
    expect(errors).toEqual([`error: kam.xlsx, Sales!C2 (column "Product category"): ${message}`]);
  });

  it('rejects a customer category outside A–D', () => {
    const { errors } = read([
      sales([
        ['Account ID', 'Product', 'Customer category', 'Revenue', 'GP'],
        ['KA-1', 'Suite', 'E', 100, 10],
      ]),
    ]);
    expect(errors).toEqual([
      'error: kam.xlsx, Sales!C2 (column "Customer category"): "E" is not one of A, B, C, D',
    ]);
  });

  it('refuses two categories for one product, at the later row', () => {
    const { errors } = read([
      sales([
        ['Account ID', 'Product', 'Product category', 'Revenue', 'GP'],
        ['KA-1', 'Suite', 1, 100, 10],
        ['KA-2', 'suite', 2, 100, 10],
      ]),
    ]);
    expect(errors).toEqual([
      'error: kam.xlsx, Sales!C3 (column "Product category"): 2 differs from 1 given for product "Suite" in row 2; a product has one product category',
    ]);
  });

  it('refuses a mix of given and missing categories, at the first row of each product without one', () => {
    const { data, errors } = read([
      sales([
        ['Account ID', 'Product', 'Product category', 'Revenue', 'GP'],
        ['KA-1', 'Suite', 1, 100, 10],
        ['KA-1', 'Services', null, 100, 10],
        ['KA-2', 'Services', null, 100, 10],
      ]),
    ]);
    expect(errors).toEqual([
      'error: kam.xlsx, Sales!C3 (column "Product category"): is empty, and product "Services" has no Product category in any row while others have one; give every product a product category or leave the column empty to compute them',
    ]);
    expect(data?.productCategories).toBeUndefined();
  });
});
