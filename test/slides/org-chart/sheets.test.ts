import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/errors.js';
import type { Account } from '../../../src/model/model.js';
import { readStakeholderSheets } from '../../../src/slides/org-chart/sheets.js';
import type { SheetReaderContext } from '../../../src/validate/sheet-context.js';
import { rawWorkbook, withCell, withSheet, type FixtureSheet } from '../../helpers/workbook.js';

const HEADER = [
  'Account ID', // A
  'Person ID', // B
  'Name', // C
  'Title', // D
  'Organisation', // E
  'Reports to', // F
  'Relationship', // G
  'Decision power', // H
  'Key contact', // I
  'Our owner', // J
  'Notes', // K
];

/** Rows 2–6 of Stakeholders, rows 2–3 of Influence. */
function sheets(): FixtureSheet[] {
  return [
    {
      name: 'Stakeholders',
      rows: [
        HEADER,
        ['KA-1', 'P1', 'Cora Lind', 'CEO', null, null, 'Positive', 'High', 'yes', 'Dana', null],
        [
          'KA-1',
          'P2',
          'Eva Stone',
          'EVP',
          'Northwind Health',
          'P1',
          'neutral',
          'h',
          null,
          null,
          'x',
        ],
        [
          'KA-1',
          'C1',
          'Hal Crane',
          'Partner',
          'Halden & Crane',
          null,
          'Champion',
          'Med',
          'no',
          null,
          null,
        ],
        ['KA-2', 'P1', 'Ida Berg', 'CIO', null, null, 'Negative', 'Low', null, null, null],
        ['KA-2', 'P2', 'Ola Berg', 'CTO', null, 'P1', 'Blocker', 'L', null, null, null],
      ],
    },
    {
      name: 'Influence',
      rows: [
        ['Account ID', 'From', 'To', 'Kind', 'Note'],
        ['KA-1', 'C1', 'P2', null, 'adviser'],
        ['KA-2', 'P2', 'P1', 'Conflict', null],
      ],
    },
  ];
}

const ACCOUNTS: Account[] = [
  { id: 'KA-1', name: 'Northwind Health' },
  { id: 'KA-2', name: 'Bluepeak Labs' },
];

function read(input: FixtureSheet[]) {
  const context: SheetReaderContext = {
    workbook: rawWorkbook(input),
    locale: 'en-US',
    accounts: ACCOUNTS,
    accountIds: new Set(ACCOUNTS.map((account) => account.id)),
    options: {},
  };
  const diagnostics: Diagnostic[] = [];
  const data = readStakeholderSheets(context, diagnostics);
  return { data, diagnostics };
}

const at = (sheet: string, row: number, column: string, header: string) => ({
  file: 'test.xlsx',
  sheet,
  row,
  column,
  header,
});

describe('readStakeholderSheets: valid input', () => {
  const { data, diagnostics } = read(sheets());

  it('reads people with synonyms, the client by name, and influence lines', () => {
    expect(diagnostics).toEqual([]);
    expect(data?.sheet).toBe('Stakeholders');
    expect(data?.influenceSheet).toBe('Influence');
    expect(data?.people[0]).toEqual({
      accountId: 'KA-1',
      id: 'P1',
      name: 'Cora Lind',
      title: 'CEO',
      relationship: 'Positive',
      decisionPower: 'High',
      keyContact: true,
      owner: 'Dana',
      row: 2,
    });
    // "Northwind Health" is the account itself, so P2 is the client's; "h" → High.
    expect(data?.people[1]?.organisation).toBeUndefined();
    expect(data?.people[1]?.reportsTo).toBe('P1');
    expect(data?.people[1]).toMatchObject({ relationship: 'Neutral', decisionPower: 'High' });
    expect(data?.people[2]).toMatchObject({
      organisation: 'Halden & Crane',
      relationship: 'Positive',
      decisionPower: 'Medium',
      keyContact: false,
    });
    // The same Person ID in two accounts is fine.
    expect(data?.people.map((p) => `${p.accountId}/${p.id}`)).toEqual([
      'KA-1/P1',
      'KA-1/P2',
      'KA-1/C1',
      'KA-2/P1',
      'KA-2/P2',
    ]);
    expect(data?.influences).toEqual([
      { accountId: 'KA-1', from: 'C1', to: 'P2', kind: 'Influence', note: 'adviser', row: 2 },
      { accountId: 'KA-2', from: 'P2', to: 'P1', kind: 'Conflict', row: 3 },
    ]);
  });

  it('without a Stakeholders sheet: nothing, and an Influence sheet alone is ignored with a warning', () => {
    expect(read([]).data).toBeUndefined();
    const onlyInfluence = read(sheets().filter((sheet) => sheet.name === 'Influence'));
    expect(onlyInfluence.data).toBeUndefined();
    expect(onlyInfluence.diagnostics).toEqual([
      {
        severity: 'warning',
        message: 'ignored: influence lines need a Stakeholders sheet with the people they link',
        location: { file: 'test.xlsx', sheet: 'Influence' },
      },
    ]);
  });
});

describe('readStakeholderSheets: each bad value gives one located message', () => {
  it.each([
    [
      'an empty relationship',
      withCell(sheets(), 'Stakeholders', 1, 6, null),
      at('Stakeholders', 2, 'G', 'Relationship'),
      'is empty; a relationship (one of Positive, Neutral, Negative) is required',
    ],
    [
      'an unknown relationship',
      withCell(sheets(), 'Stakeholders', 1, 6, 'Friendly'),
      at('Stakeholders', 2, 'G', 'Relationship'),
      '"Friendly" is not one of Positive, Neutral, Negative',
    ],
    [
      'an unknown decision power',
      withCell(sheets(), 'Stakeholders', 2, 7, 'Huge'),
      at('Stakeholders', 3, 'H', 'Decision power'),
      '"Huge" is not one of High, Medium, Low',
    ],
    [
      'a key contact that is not yes/no',
      withCell(sheets(), 'Stakeholders', 1, 8, 'maybe'),
      at('Stakeholders', 2, 'I', 'Key contact'),
      '"maybe" is not yes or no',
    ],
    [
      'an unknown account',
      // Ida (KA-2/P1) is referenced by Ola's Reports to and an influence line: no cascade.
      withCell(sheets(), 'Stakeholders', 4, 0, 'KA-9'),
      at('Stakeholders', 5, 'A', 'Account ID'),
      'account "KA-9" is not in the Accounts sheet',
    ],
    [
      'a duplicate person ID in one account',
      withSheet(sheets(), 'Stakeholders', (rows) => [
        ...rows,
        ['KA-1', 'P2', 'Other', null, null, null, 'Neutral', 'Low', null, null, null],
      ]),
      at('Stakeholders', 7, 'B', 'Person ID'),
      'person ID "P2" appears again in account KA-1 (first in row 3); person IDs must be unique within an account',
    ],
    [
      'an unknown Reports to',
      withCell(sheets(), 'Stakeholders', 2, 5, 'P99'),
      at('Stakeholders', 3, 'F', 'Reports to'),
      '"P99" is not a Person ID of account KA-1 in the Stakeholders sheet',
    ],
    [
      'Reports to a name instead of an ID',
      withCell(sheets(), 'Stakeholders', 2, 5, 'Cora Lind'),
      at('Stakeholders', 3, 'F', 'Reports to'),
      '"Cora Lind" is not a Person ID; it is the name of P1 (row 2): write the Person ID',
    ],
    [
      'Reports to someone of another account',
      withCell(sheets(), 'Stakeholders', 5, 5, 'C1'),
      at('Stakeholders', 6, 'F', 'Reports to'),
      '"C1" is a person of account KA-1, not of KA-2; a reporting line stays within one account',
    ],
    [
      'an influence from an unknown person',
      withCell(sheets(), 'Influence', 1, 1, 'Z9'),
      at('Influence', 2, 'B', 'From'),
      '"Z9" is not a Person ID of account KA-1 in the Stakeholders sheet',
    ],
    [
      'an influence from a person to themself',
      withCell(sheets(), 'Influence', 1, 2, 'C1'),
      at('Influence', 2, 'C', 'To'),
      '"C1" is also in From; From and To must be different people',
    ],
    [
      'an unknown kind',
      withCell(sheets(), 'Influence', 2, 3, 'Friendship'),
      at('Influence', 3, 'D', 'Kind'),
      '"Friendship" is not one of Influence, Conflict',
    ],
  ])('%s', (_, input, location, message) => {
    const { diagnostics } = read(input);
    expect(diagnostics).toEqual([{ severity: 'error', message, location }]);
  });

  it('an influence line across accounts', () => {
    const { diagnostics } = read(withCell(sheets(), 'Influence', 2, 2, 'C1'));
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        message:
          '"C1" is a person of account KA-1, not of KA-2; an influence line links two people of the same account',
        location: at('Influence', 3, 'C', 'To'),
      },
    ]);
  });
});

describe('readStakeholderSheets: reporting cycles', () => {
  it('names the people of a cycle, at the Reports to of its first row, once', () => {
    // P1 reports to C1 (row 4), C1 to P2, P2 to P1 (C1 made a client person for the test).
    let input = withCell(sheets(), 'Stakeholders', 1, 5, 'C1');
    input = withCell(input, 'Stakeholders', 3, 5, 'P2');
    input = withCell(input, 'Stakeholders', 3, 4, null);
    const { data, diagnostics } = read(input);
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        message:
          'reporting cycle: Cora Lind (P1) → Hal Crane (C1) → Eva Stone (P2) → Cora Lind (P1); someone in it must report outside the cycle or have Reports to empty',
        location: at('Stakeholders', 2, 'F', 'Reports to'),
      },
    ]);
    // The cycle is broken where it was reported, so later steps see a forest.
    expect(data?.people.find((p) => p.id === 'P1')?.reportsTo).toBeUndefined();
  });

  it('a person reporting to themself is a cycle of one', () => {
    const { diagnostics } = read(withCell(sheets(), 'Stakeholders', 4, 5, 'P1'));
    expect(diagnostics.map((d) => d.message)).toEqual([
      'reporting cycle: Ida Berg (P1) → Ida Berg (P1); someone in it must report outside the cycle or have Reports to empty',
    ]);
  });
});

describe('readStakeholderSheets: no cascades, and warnings for usable input', () => {
  it('a person rejected for a bad value causes no "unknown person" errors', () => {
    // P1 of KA-1 has a bad relationship; P2 reports to P1 and C1's influence names P2: one error.
    const { diagnostics } = read(withCell(sheets(), 'Stakeholders', 1, 6, '??'));
    expect(diagnostics.map((d) => d.message)).toEqual([
      '"??" is not one of Positive, Neutral, Negative',
    ]);
  });

  it('warns when someone reports into another organisation', () => {
    const { diagnostics } = read(withCell(sheets(), 'Stakeholders', 3, 5, 'P1'));
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        message:
          'Hal Crane is with "Halden & Crane" but reports to Cora Lind (P1) of the client; drawn in Cora Lind\'s tree',
        location: at('Stakeholders', 4, 'E', 'Organisation'),
      },
    ]);
  });

  it('warns about the same name under two IDs, and keeps one copy of a repeated line', () => {
    let input = withCell(sheets(), 'Stakeholders', 2, 2, 'cora  lind');
    input = withCell(input, 'Influence', 2, 0, 'KA-1');
    input = withCell(input, 'Influence', 2, 1, 'C1');
    input = withCell(input, 'Influence', 2, 2, 'P2');
    input = withCell(input, 'Influence', 2, 3, 'influence');
    const { data, diagnostics } = read(input);
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        message:
          '"cora  lind" is also P1 (row 2) in account KA-1; both are shown — is it the same person?',
        location: at('Stakeholders', 3, 'C', 'Name'),
      },
      {
        severity: 'warning',
        message: 'the influence line from C1 to P2 appears again (first in row 2); drawn once',
        location: at('Influence', 3, 'C', 'To'),
      },
    ]);
    expect(data?.influences).toHaveLength(1);
  });

  it('a missing required column is one error at the header row', () => {
    const input = sheets().map((sheet) =>
      sheet.name === 'Stakeholders'
        ? { ...sheet, rows: sheet.rows.map((row) => row.filter((_, index) => index !== 7)) }
        : sheet,
    );
    const { diagnostics } = read(input);
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      location: { sheet: 'Stakeholders', row: 1 },
    });
    expect(diagnostics[0]?.message).toMatch(/^no "Decision power" column; headers found: /);
  });
});
