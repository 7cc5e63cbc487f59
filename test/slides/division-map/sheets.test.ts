import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/errors.js';
import type { CellValue } from '../../../src/load/raw-table.js';
import { readDivisionCell } from '../../../src/slides/division-map/cell-status.js';
import { readDivisionsSheet } from '../../../src/slides/division-map/sheets.js';
import type { SheetReaderContext } from '../../../src/validate/sheet-context.js';
import { rawWorkbook, type FixtureCell } from '../../helpers/workbook.js';

const HEADER = ['Account ID', 'Account', 'Client division', 'EHR Cloud', 'Claims Analytics'];

function read(
  rows: FixtureCell[][],
  header: CellValue[] = HEADER,
  locale = 'en-US',
  sheet = 'Divisions',
) {
  const context: SheetReaderContext = {
    workbook: rawWorkbook([{ name: sheet, rows: [header, ...rows] }]),
    locale,
    accounts: [{ id: 'KA-1', name: 'Northwind Health' }],
    accountIds: new Set(['KA-1']),
    options: {},
  };
  const diagnostics: Diagnostic[] = [];
  return { data: readDivisionsSheet(context, diagnostics), diagnostics };
}

const located = (diagnostics: Diagnostic[]) =>
  diagnostics.map((d) => ({
    severity: d.severity,
    at: `${d.location?.sheet}!${d.location?.column ?? ''}${d.location?.row ?? ''}`,
    message: d.message,
  }));

const ACCEPTED = 'Active, Pilot, Opportunity, Competitor, None or blank';

describe('readDivisionCell', () => {
  it.each<[CellValue, string, object]>([
    [null, 'en-US', { status: 'None' }],
    ['  ', 'en-US', { status: 'None' }],
    ['-', 'en-US', { status: 'None' }],
    ['none', 'en-US', { status: 'None' }],
    ['Active', 'en-US', { status: 'Active' }],
    ['ACTIVE: 120000', 'en-US', { status: 'Active', value: 120000 }],
    ['Pilot: 45,000', 'en-US', { status: 'Pilot', value: 45000 }],
    ['trial', 'en-US', { status: 'Pilot' }],
    ['Opportunity:  $1,250,000 ', 'en-US', { status: 'Opportunity', value: 1250000 }],
    ['Competitor:', 'en-US', { status: 'Competitor' }],
    ['Attivo: 120.000', 'it-IT', { status: 'Active', value: 120000 }], // Italian words and grouping
    ['Opportunity: 1.234,5', 'it-IT', { status: 'Opportunity', value: 1234.5 }],
  ])('reads %j (%s)', (raw, locale, expected) => {
    expect(readDivisionCell(raw, locale)).toEqual({ ok: true, cell: expected });
  });

  it.each<[CellValue, string]>([
    [
      'Sold',
      `"Sold" is not a status; expected ${ACCEPTED}, with an optional value as in "Active: 120000"`,
    ],
    [
      120000,
      `120000 has no status; expected ${ACCEPTED}, with an optional value as in "Active: 120000"`,
    ],
    [
      'Active: 12,5k',
      '"Active: 12,5k" has a value that is not a number; expected a status and a number, as in "Active: 120000"',
    ],
    ['Active: -500', '"Active: -500" has a negative value; expected a value of 0 or more'],
    [
      'None: 500',
      `"None: 500" has a value but no status; expected ${ACCEPTED}, as in "Active: 120000"`,
    ],
  ])('refuses %j', (raw, message) => {
    expect(readDivisionCell(raw, 'en-US')).toEqual({ ok: false, message });
  });
});

describe('readDivisionsSheet', () => {
  it('is absent without a Divisions sheet', () => {
    expect(read([], HEADER, 'en-US', 'Other').data).toBeUndefined();
  });

  it('reads offerings from the columns after the keys, ignoring the account name', () => {
    const { data, diagnostics } = read([
      ['KA-1', 'Northwind', 'Acute Care', 'Active: 300,000', 'Opportunity'],
      ['KA-1', 'Northwind', 'Pharmacy', null, 'Competitor: 80000'],
    ]);
    expect(diagnostics).toEqual([]);
    expect(data).toEqual({
      sheet: 'Divisions',
      offerings: ['EHR Cloud', 'Claims Analytics'],
      divisions: [
        {
          accountId: 'KA-1',
          division: 'Acute Care',
          cells: [{ status: 'Active', value: 300000 }, { status: 'Opportunity' }],
          row: 2,
        },
        {
          accountId: 'KA-1',
          division: 'Pharmacy',
          cells: [{ status: 'None' }, { status: 'Competitor', value: 80000 }],
          row: 3,
        },
      ],
    });
  });

  it('accepts aliases: "Customer ID", "Division", a Notes column and the sheet name "Whitespace"', () => {
    const header = ['Customer ID', 'Division', 'EHR Cloud', 'Notes'];
    const { data, diagnostics } = read(
      [['KA-1', 'Acute Care', 'pilot', 'renewal in Q1']],
      header,
      'en-US',
      'Whitespace',
    );
    expect(diagnostics).toEqual([]);
    expect(data?.offerings).toEqual(['EHR Cloud']);
  });

  it.each<[string, FixtureCell[], string, string]>([
    [
      'an unknown status',
      ['KA-1', 'N', 'Acute Care', 'Sold', null],
      'D2',
      `"Sold" is not a status; expected ${ACCEPTED}, with an optional value as in "Active: 120000"`,
    ],
    [
      'a bad value',
      ['KA-1', 'N', 'Acute Care', null, 'Active: 12,5k'],
      'E2',
      '"Active: 12,5k" has a value that is not a number; expected a status and a number, as in "Active: 120000"',
    ],
    [
      'an unknown account',
      ['KA-9', 'N', 'Acute Care', 'Active', null],
      'A2',
      'account "KA-9" is not in the Accounts sheet; add it there or remove this row',
    ],
    [
      'an empty account ID',
      [null, 'N', 'Acute Care', 'Active', null],
      'A2',
      'is empty; an account ID is required',
    ],
    [
      'an empty division',
      ['KA-1', 'N', null, 'Active', null],
      'C2',
      'is empty; a client division is required',
    ],
  ])('reports %s at the cell', (_, row, at, message) => {
    const { data, diagnostics } = read([row]);
    expect(located(diagnostics)).toEqual([{ severity: 'error', at: `Divisions!${at}`, message }]);
    expect(data?.divisions).toEqual([]);
  });

  it('reports a division listed twice for the same account', () => {
    const row = ['KA-1', 'N', 'Acute Care', 'Active', null];
    const { diagnostics } = read([row, ['KA-1', 'N', 'acute care', 'Pilot', null]]);
    expect(located(diagnostics)).toEqual([
      {
        severity: 'error',
        at: 'Divisions!C3',
        message:
          'division "acute care" of account "KA-1" appears again (first in row 2); put one row per division',
      },
    ]);
  });

  it('reports a repeated offering column and a column without a header', () => {
    const header = ['Account ID', 'Client division', 'EHR', 'ehr', null];
    const { data, diagnostics } = read(
      [['KA-1', 'Acute Care', 'Active', 'Pilot', 'Active']],
      header,
    );
    expect(located(diagnostics)).toEqual([
      {
        severity: 'error',
        at: 'Divisions!D1',
        message: 'offering "ehr" appears again (first in column C); keep one column per offering',
      },
      {
        severity: 'error',
        at: 'Divisions!E1',
        message: "has values but no header; write the offering's name in the header row",
      },
    ]);
    expect(data?.offerings).toEqual(['EHR']);
  });

  it('reports a sheet without offering columns at the header row', () => {
    const { diagnostics } = read(
      [['KA-1', 'N', 'Acute Care']],
      ['Account ID', 'Account', 'Client division'],
    );
    expect(located(diagnostics)).toEqual([
      {
        severity: 'error',
        at: 'Divisions!1',
        message:
          'no offering columns; after Account ID and Client division add one column per offering',
      },
    ]);
  });

  it('reports a missing Client division column', () => {
    const { diagnostics } = read([['KA-1', 'Active']], ['Account ID', 'EHR']);
    expect(diagnostics[0]?.message).toMatch(/^no "Client division" column/);
  });

  it('warns about a division with no status anywhere', () => {
    const { data, diagnostics } = read([['KA-1', 'N', 'Pharmacy', null, '-']]);
    expect(located(diagnostics)).toEqual([
      {
        severity: 'warning',
        at: 'Divisions!2',
        message:
          'division "Pharmacy" has no status in any offering; all its cells count as whitespace',
      },
    ]);
    expect(data?.divisions).toHaveLength(1);
  });

  it('collects every bad cell of a row', () => {
    const { diagnostics } = read([['KA-1', 'N', 'Acute Care', 'Sold', 'Won']]);
    expect(located(diagnostics).map((d) => d.at)).toEqual(['Divisions!D2', 'Divisions!E2']);
  });
});
