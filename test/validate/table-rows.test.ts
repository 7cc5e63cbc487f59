/**
 * The large sheets (Accounts, Sales, Scores) are read cell by cell without zod. Their rows and
 * messages must be exactly what the zod row schemas they replaced gave: the reference schemas are
 * written out here, and random rows full of awkward cells go through both.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeValue, formatDiagnostic } from '../../src/errors.js';
import type { CellValue, RawTable } from '../../src/load/raw-table.js';
import type { Account } from '../../src/model/model.js';
import { CUSTOMER_CATEGORIES } from '../../src/model/sales.js';
import { SALES_SHEET, parseProductCategory } from '../../src/slides/profit-matrix/sales-spec.js';
import {
  booleanCell,
  choiceCell,
  dateCell,
  numberCell,
  percentCell,
  required,
  textCell,
} from '../../src/validate/cells.js';
import type { SheetSpec } from '../../src/validate/sheet-spec.js';
import { accountsSheet, dropUndefined } from '../../src/validate/sheets/accounts.js';
import { validateTable } from '../../src/validate/table.js';

/** The Accounts row schema as it was written with zod. */
const accountsSchema = (locale: string) =>
  z
    .object({
      id: required(textCell(), 'an account ID'),
      name: required(textCell(), 'an account name'),
      division: textCell(),
      region: textCell(),
      industry: textCell(),
      kam: textCell(),
      plan: textCell(),
      mrr: numberCell(locale, { min: 0, what: 'MRR' }),
      upsellMrr: numberCell(locale, { min: 0, what: 'upsell MRR' }),
      onboarding: textCell(),
      onboardingPct: percentCell(locale).superRefine((value, ctx) => {
        if (value !== undefined && (value < 0 || value > 1))
          ctx.addIssue({ code: 'custom', message: `${value * 100}% is outside 0–100%` });
      }),
      satisfaction: numberCell(locale, { min: 0, max: 10, what: 'a satisfaction score' }),
      engagement: numberCell(locale, { min: 0, max: 100, what: 'an engagement score' }),
      daysInQueue: numberCell(locale, { min: 0, integer: true, what: 'a number of days' }),
      renewalDate: dateCell(locale),
      riskFlag: booleanCell(),
    })
    .transform(dropUndefined);

/** The Sales row schema as it was written with zod. */
const salesSchema = (locale: string) =>
  z.object({
    accountId: required(textCell(), 'an account ID'),
    product: required(textCell(), 'a product name'),
    productCategory: z.unknown().transform((raw, ctx) => {
      const category = parseProductCategory(raw as CellValue, locale);
      if (category === null) return undefined;
      if (category !== 'invalid') return category;
      const message = `${describeValue(raw)} is not a product category (1, 2, 3 or 4)`;
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }),
    customerCategory: choiceCell(CUSTOMER_CATEGORIES),
    revenue: required(numberCell(locale, { min: 0, what: 'revenue' }), 'revenue'),
    grossProfit: numberCell(locale, { what: 'gross profit' }),
    cost: numberCell(locale, { min: 0, what: 'cost' }),
  });

const AWKWARD: readonly CellValue[] = [
  null,
  '',
  '   ',
  'Acme',
  ' padded ',
  '12',
  '1,234.5',
  '12,5k',
  '-3',
  '(4)',
  '€ 2.500,00',
  '15%',
  '150 %',
  'x%',
  '1e3',
  0,
  -0,
  0.35,
  1.5,
  -1,
  7,
  10.5,
  11,
  101,
  2.25,
  Number.NaN,
  true,
  false,
  'yes',
  'nein',
  'maybe',
  'A',
  'b',
  'E',
  'Cat 2',
  'P5',
  new Date(Date.UTC(2026, 2, 15)),
  '2026-02-30',
  '15/03/2026',
  'Mar 15, 2026',
];

const cell = fc.constantFrom(...AWKWARD);

function table(headers: readonly string[], rows: { cells: CellValue[]; percent: boolean[] }[]) {
  const raw: RawTable = {
    file: 'kam.xlsx',
    sheet: 'Sheet',
    headerRow: 1,
    columns: headers.map((header, index) => ({ header, ref: String.fromCharCode(65 + index) })),
    rows: rows.map(({ cells, percent }, index) => ({
      row: index + 2,
      cells,
      ...(percent.some(Boolean) ? { percentFormat: percent } : {}),
    })),
  };
  return raw;
}

const rowsOf = (width: number) =>
  fc.array(
    fc.record({
      cells: fc.array(cell, { minLength: width, maxLength: width }),
      percent: fc.array(fc.boolean(), { minLength: width, maxLength: width }),
    }),
    { maxLength: 12 },
  );

/** Rows (with their key order) and messages, for comparing two readings of one table. */
function reading<Row>(raw: RawTable, spec: SheetSpec<Row>, locale: string) {
  const result = validateTable(raw, spec, locale);
  return {
    rows: result.rows.map((row) => ({
      json: JSON.stringify(row.value),
      value: row.value,
      row: row.row,
      location: row.location,
      cell: row.cell('id'),
    })),
    messages: result.diagnostics.map(formatDiagnostic),
  };
}

describe('rows read cell by cell, as the zod row schemas read them', () => {
  const headers = accountsSheet.columns.map((column) => column.header);
  const zodAccounts: SheetSpec<Account> = {
    ...accountsSheet,
    readRow: undefined,
    rowSchema: accountsSchema,
  };

  it.each(['en-US', 'it-IT'])('Accounts (%s): the same accounts, fields and messages', (locale) => {
    fc.assert(
      fc.property(rowsOf(headers.length), (rows) => {
        const raw = table(headers, rows);
        expect(reading(raw, accountsSheet, locale)).toStrictEqual(
          reading(raw, zodAccounts, locale),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('Accounts with optional columns missing: absent fields, not undefined ones', () => {
    const raw = table(
      ['Account ID', 'Account', 'MRR'],
      [
        { cells: ['A1', 'Alpha', null], percent: [false, false, false] },
        { cells: ['A2', 'Beta', 12], percent: [false, false, false] },
      ],
    );
    const read = reading(raw, accountsSheet, 'en-US');
    expect(read.rows.map((row) => row.json)).toEqual([
      '{"id":"A1","name":"Alpha"}',
      '{"id":"A2","name":"Beta","mrr":12}',
    ]);
    expect(read).toStrictEqual(reading(raw, zodAccounts, 'en-US'));
  });

  it('Sales: the same lines and messages', () => {
    const salesHeaders = SALES_SHEET.columns.map((column) => column.header);
    const zodSales = { ...SALES_SHEET, readRow: undefined, rowSchema: salesSchema };
    fc.assert(
      fc.property(rowsOf(salesHeaders.length), (rows) => {
        const raw = table(salesHeaders, rows);
        const fast = reading(raw, SALES_SHEET, 'en-US');
        const slow = reading(raw, zodSales, 'en-US');
        // The zod schema kept empty optional cells as undefined keys; the reader leaves them out.
        const values = (read: typeof fast) =>
          read.rows.map((row) => JSON.parse(JSON.stringify(row.value)) as unknown);
        expect(values(fast)).toEqual(values(slow));
        expect(fast.messages).toEqual(slow.messages);
      }),
      { numRuns: 200 },
    );
  });
});
