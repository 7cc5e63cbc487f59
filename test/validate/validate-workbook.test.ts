import { describe, expect, it } from 'vitest';
import { foundationSheets } from '../helpers/foundation-fixture.js';
import { withCell, withSheet, type FixtureSheet } from '../helpers/workbook.js';
import { ACCOUNTS, errorsOf, revenue, validate, validModel } from './helpers.js';

const REVENUE = revenue([
  ['Account ID', 'FY2025', 'FY2026'],
  ['A1', 100, 200],
  ['A2', 50, 40],
]);

describe('names: case, spaces and punctuation do not matter; aliases count', () => {
  it.each(['Accounts', 'ACCOUNTS', ' accounts ', 'key_accounts', 'Key-Accounts', 'Customers'])(
    'finds the Accounts sheet named %j',
    (name) => {
      const model = validModel([{ ...ACCOUNTS, name }, REVENUE]);
      expect(model.accounts.map((account) => account.id)).toEqual(['A1', 'A2']);
    },
  );

  it.each(['Account ID', 'account_id', 'AccountId', 'ACCOUNT-ID', 'account id', 'Customer ID'])(
    'reads the ID column headed %j in Accounts and Revenue',
    (header) => {
      const accounts = withCell([ACCOUNTS], 'Accounts', 0, 0, header);
      const rev = withCell([REVENUE], 'Revenue', 0, 0, header);
      const model = validModel([...accounts, ...rev]);
      expect(model.revenue.values).toEqual({ A1: [100, 200], A2: [50, 40] });
    },
  );

  it.each([
    ['Account name', 'Alpha'],
    ['account_name', 'Alpha'],
    ['Customer', 'Alpha'],
  ])('reads the name column headed %j', (header, first) => {
    const model = validModel([...withCell([ACCOUNTS], 'Accounts', 0, 1, header), REVENUE]);
    expect(model.accounts[0]?.name).toBe(first);
  });

  it('ignores extra sheets and columns (a warning for the Revenue column that is not a period)', () => {
    const result = validate(foundationSheets());
    expect(result.errors).toEqual([]);
    expect(result.model?.accounts).toHaveLength(5);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, Scratch: sheet "Scratch" is not a sheet kamdeck reads and is ignored; rename it if it holds data for the deck',
      'warning: kam.xlsx, Revenue!F1 (column "Notes"): column "Notes" is not a period (such as 2025, FY2025, Q1 2026, Jan 2026) and is ignored',
    ]);
  });
});

describe('Deck sheet: Field | Value, every field optional', () => {
  it('defaults every field when there is no Deck sheet', () => {
    const { deck } = validModel([ACCOUNTS, REVENUE]);
    expect(deck).toMatchObject({
      title: 'Key Account Review',
      subtitle: '',
      company: '',
      client: '',
      period: 'FY2026',
      author: '',
      currency: 'USD',
      locale: 'en-US',
      confidentiality: '',
      // No As-of date: the end of the last period.
      asOf: new Date(Date.UTC(2026, 11, 31)),
    });
  });

  it('reads every field, by name or alias, with or without the header row', () => {
    const rows: FixtureSheet['rows'] = [
      ['Title', 'QBR'],
      ['Sottotitolo', 'Sub'],
      ['Our company', 'Us'],
      ['Customer', 'Them'],
      ['Quarter', 'Q3 2026'],
      ['Prepared by', 'Me'],
      ['currency', 'eur'],
      ['Language', 'it-IT'],
      ['Classification', 'Internal'],
      ['As of date', '30/09/2026'],
    ];
    const expected = {
      title: 'QBR',
      subtitle: 'Sub',
      company: 'Us',
      client: 'Them',
      period: 'Q3 2026',
      author: 'Me',
      currency: 'EUR',
      locale: 'it-IT',
      confidentiality: 'Internal',
      asOf: new Date(Date.UTC(2026, 8, 30)),
    };
    const withHeader = { name: 'Deck', rows: [['Field', 'Value'], ...rows] };
    const withoutHeader = { name: 'Settings', rows };
    expect(validModel([withHeader, ACCOUNTS, REVENUE]).deck).toMatchObject(expected);
    expect(validModel([withoutHeader, ACCOUNTS, REVENUE]).deck).toMatchObject(expected);
  });

  it.each<[string, FixtureSheet['rows'][number][number]]>([
    ['an Excel date cell', new Date(Date.UTC(2026, 8, 30))],
    ['an Excel date serial', 46295],
    ['ISO text', '2026-09-30'],
    ['ISO text with a time', '2026-09-30T17:45:00'],
    ['US text', '09/30/2026'],
    ['a month name', '30 Sep 2026'],
    ['a month name first', 'September 30, 2026'],
  ])('reads the As-of date from %s', (_, value) => {
    const deck = {
      name: 'Deck',
      rows: [
        ['Field', 'Value'],
        ['As of', value],
      ],
    };
    expect(validModel([deck, ACCOUNTS, REVENUE]).deck.asOf).toEqual(
      new Date(Date.UTC(2026, 8, 30)),
    );
  });

  it('reports a bad As-of date, currency and locale at their cells', () => {
    const deck = {
      name: 'Deck',
      rows: [
        ['Field', 'Value'],
        ['As of', 'last Friday'],
        ['Currency', 'EURO'],
        ['Locale', 'not a locale!'],
      ],
    };
    expect(errorsOf([deck, ACCOUNTS, REVENUE])).toEqual([
      'error: kam.xlsx, Deck!B2 (column "Value"): "last Friday" is not a date (YYYY-MM-DD or MM/DD/YYYY)',
      'error: kam.xlsx, Deck!B4 (column "Value"): "not a locale!" is not a locale; expected a BCP 47 tag such as en-US or it-IT',
      'error: kam.xlsx, Deck!B3 (column "Value"): "EURO" is not a currency; expected an ISO 4217 code such as USD or EUR',
    ]);
  });

  it('lets options override the Deck locale and currency', () => {
    const model = validModel(foundationSheets(), { currency: 'GBP', locale: 'de-DE' });
    expect([model.deck.currency, model.deck.locale]).toEqual(['GBP', 'de-DE']);
  });
});

describe('Accounts sheet', () => {
  it('needs only the ID and the name; absent optional columns leave the fields out', () => {
    const model = validModel([ACCOUNTS, REVENUE]);
    expect(model.accounts).toEqual([
      { id: 'A1', name: 'Alpha' },
      { id: 'A2', name: 'Beta' },
    ]);
  });

  it('reads optional columns typed: numbers, percentages, dates and yes/no', () => {
    const accounts = validModel(foundationSheets()).accounts;
    expect(accounts[1]).toEqual({
      id: 'KA-2',
      name: 'Bluepeak Labs',
      division: 'Life Sciences',
      mrr: 8000.5,
      onboardingPct: 0.5,
      riskFlag: true,
    });
    expect(accounts[0]?.renewalDate).toEqual(new Date(Date.UTC(2027, 0, 31)));
  });

  it('reports a duplicate account ID at the second one', () => {
    const sheets = withSheet([ACCOUNTS], 'Accounts', (rows) => [...rows, ['A1', 'Again']]);
    expect(errorsOf([...sheets, REVENUE])).toEqual([
      'error: kam.xlsx, Accounts!A4 (column "Account ID"): account ID "A1" is used again (first in row 2); IDs must be unique',
    ]);
  });

  it('reports empty required cells: ID and name', () => {
    const sheets = withSheet([ACCOUNTS], 'Accounts', (rows) => [
      ...rows,
      [null, 'No ID'],
      ['A3', null],
    ]);
    expect(errorsOf([...sheets, REVENUE])).toEqual([
      'error: kam.xlsx, Accounts!A4 (column "Account ID"): is empty; an account ID is required',
      'error: kam.xlsx, Accounts!B5 (column "Account"): is empty; an account name is required',
    ]);
  });

  it('reports a missing required column at the near-miss header, with the headers found and a suggestion', () => {
    const sheets = withCell([ACCOUNTS], 'Accounts', 0, 0, 'Acount IDD');
    const [error] = errorsOf([...sheets, REVENUE]);
    expect(error).toBe(
      'error: kam.xlsx, Accounts!A1 (column "Acount IDD"): no "Account ID" column ("Acount IDD" looks close: did you mean "Account ID"?); headers found: "Acount IDD", "Account"',
    );
  });

  it('reports a missing Accounts sheet, naming the sheets it found', () => {
    expect(errorsOf([REVENUE, { name: 'Notes', rows: [['a', 'b']] }])).toEqual([
      'error: kam.xlsx: no "Accounts" sheet; sheets found: "Revenue", "Notes"',
    ]);
  });

  it('reports an Accounts sheet without accounts', () => {
    const empty = { name: 'Accounts', rows: [['Account ID', 'Account']] };
    expect(errorsOf([empty, REVENUE])).toContain(
      'error: kam.xlsx, Accounts: has no accounts; add one row per key account',
    );
  });
});

describe('all problems at once', () => {
  it('collects every problem of every sheet, each located and quoting the value', () => {
    let sheets = foundationSheets();
    sheets = withCell(sheets, 'Deck', 7, 1, 'someday'); // Deck!B8
    sheets = withSheet(sheets, 'Accounts', (rows) => [...rows, ['KA-1', 'Again']]); // Accounts!A7
    sheets = withCell(sheets, 'Accounts', 4, 3, '-5'); // Accounts!D5 negative MRR
    sheets = withCell(sheets, 'Revenue', 2, 3, -300); // Revenue!D3
    sheets = withCell(sheets, 'Revenue', 5, 2, '12,5k'); // Revenue!C6
    sheets = withCell(sheets, 'Revenue', 4, 0, 'KA-9'); // Revenue!A5: unknown account
    expect(errorsOf(sheets)).toEqual([
      'error: kam.xlsx, Deck!B8 (column "Value"): "someday" is not a date (YYYY-MM-DD or MM/DD/YYYY)',
      'error: kam.xlsx, Accounts!D5 (column "MRR"): -5 is negative; expected MRR of 0 or more',
      'error: kam.xlsx, Accounts!A7 (column "Account ID"): account ID "KA-1" is used again (first in row 2); IDs must be unique',
      'error: kam.xlsx, Revenue!D3 (column "2024"): -300 is negative; expected revenue of 0 or more',
      'error: kam.xlsx, Revenue!C6 (column "FY2026"): "12,5k" is not a number',
      'error: kam.xlsx, Revenue!A5 (column "Account ID"): account "KA-9" is not in the Accounts sheet; add it there or remove this revenue row',
    ]);
  });
});
