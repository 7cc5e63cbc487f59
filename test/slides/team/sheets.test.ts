import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/load/raw-table.js';
import { parseRaciCode } from '../../../src/slides/team/raci-codes.js';
import type { FixtureCell, FixtureSheet } from '../../helpers/workbook.js';
import { validate, validModel } from '../../validate/helpers.js';

const ACCOUNTS: FixtureSheet = {
  name: 'Accounts',
  rows: [
    ['Account ID', 'Account', 'Division', 'KAM'],
    ['A1', 'Alpha', 'Provider', 'Dana Lee'],
    ['A2', 'Beta', 'Payer', 'Dana Lee'],
    ['A3', 'Gamma', 'Payer', 'Omar Ruiz'],
  ],
};

function team(rows: FixtureCell[][] = []): FixtureSheet {
  return {
    name: 'Team',
    rows: [
      ['Name', 'Role', 'Region', 'Accounts'],
      ['Dana Lee', 'Key Account Manager', 'EMEA', null],
      ['Omar Ruiz', 'Key Account Manager', null, 'A3'],
      ['Ana Silva', 'Solutions Architect', 'Global', 'A1; A3'],
      ...rows,
    ],
  };
}

function raci(header: FixtureCell[], ...rows: FixtureCell[][]): FixtureSheet {
  return { name: 'RACI', rows: [header, ...rows] };
}

const RACI_HEADER = ['Activity', 'Key Account Manager', 'Ana Silva'];
const GOOD_RACI = raci(
  RACI_HEADER,
  ['Account planning', 'R/A', 'C'],
  ['Solution design', 'A', 'R'],
);

describe('Team sheet', () => {
  it('reads people, roles, regions and Account IDs (, ; and line breaks)', () => {
    const model = validModel([
      ACCOUNTS,
      team([['Lu Chen', 'Customer Success Manager', null, 'A2,A1\nA3']]),
    ]);
    expect(model.team?.team).toEqual({
      sheet: 'Team',
      members: [
        { name: 'Dana Lee', role: 'Key Account Manager', region: 'EMEA', accountIds: [], row: 2 },
        { name: 'Omar Ruiz', role: 'Key Account Manager', accountIds: ['A3'], row: 3 },
        {
          name: 'Ana Silva',
          role: 'Solutions Architect',
          region: 'Global',
          accountIds: ['A1', 'A3'],
          row: 4,
        },
        {
          name: 'Lu Chen',
          role: 'Customer Success Manager',
          accountIds: ['A2', 'A1', 'A3'],
          row: 5,
        },
      ],
    });
    expect(model.team?.raci).toBeUndefined();
  });

  it('accepts the aliases of sheet and columns', () => {
    const sheet: FixtureSheet = {
      name: 'Account team',
      rows: [
        ['Team member', 'Job title', 'Territory', 'Account IDs'],
        ['Dana Lee', 'KAM', 'EMEA', 'A1'],
        ['Omar Ruiz', 'KAM', null, null],
      ],
    };
    expect(validModel([ACCOUNTS, sheet]).team?.team?.members[0]).toEqual({
      name: 'Dana Lee',
      role: 'KAM',
      region: 'EMEA',
      accountIds: ['A1'],
      row: 2,
    });
  });

  it.each<[string, FixtureCell, string]>([
    [
      'an unknown ID',
      'A1; A9',
      'error: kam.xlsx, Team!D5 (column "Accounts"): account "A9" is not in the Accounts sheet; add it to the Accounts sheet or remove it here',
    ],
    [
      'an ID in the wrong case',
      'a2',
      'error: kam.xlsx, Team!D5 (column "Accounts"): account "a2" is not in the Accounts sheet; did you mean "A2"?',
    ],
    [
      'IDs separated by a space',
      'A1 A2',
      'error: kam.xlsx, Team!D5 (column "Accounts"): account "A1 A2" is not in the Accounts sheet; separate Account IDs with , or ;',
    ],
  ])('locates %s in the Accounts cell', (_, cell, message) => {
    const { errors } = validate([ACCOUNTS, team([['Lu Chen', 'CSM', null, cell]])]);
    expect(errors).toEqual([message]);
  });

  it('warns about an ID listed twice and counts it once', () => {
    const result = validate([ACCOUNTS, team([['Lu Chen', 'CSM', null, 'A1;A1']])]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, Team!D5 (column "Accounts"): account "A1" is listed twice; it counts once',
    ]);
    expect(result.model?.team?.team?.members[3]?.accountIds).toEqual(['A1']);
  });

  it.each<[string, FixtureCell[], string]>([
    [
      'an empty name',
      [null, 'CSM', null, null],
      'error: kam.xlsx, Team!A5 (column "Name"): is empty; a name is required',
    ],
    [
      'an empty role',
      ['Lu Chen', null, null, null],
      'error: kam.xlsx, Team!B5 (column "Role"): is empty; a role is required',
    ],
    [
      'a person written twice',
      ['dana lee', 'CSM', null, null],
      'error: kam.xlsx, Team!A5 (column "Name"): "dana lee" appears again (first in row 2); write each person once',
    ],
  ])('reports %s at its cell', (_, row, message) => {
    expect(validate([ACCOUNTS, team([row])]).errors).toEqual([message]);
  });

  it('reports a missing required column at the header row', () => {
    const sheet: FixtureSheet = {
      name: 'Team',
      rows: [
        ['Name', 'Region'],
        ['Dana Lee', 'EMEA'],
      ],
    };
    expect(validate([ACCOUNTS, sheet]).errors).toEqual([
      'error: kam.xlsx, Team row 1: no "Role" column; headers found: "Name", "Region"',
    ]);
  });

  it('warns when a KAM of the Accounts sheet is not on the team', () => {
    const sheet: FixtureSheet = {
      name: 'Team',
      rows: [
        ['Name', 'Role'],
        ['Dana Lee', 'KAM'],
      ],
    };
    expect(validate([ACCOUNTS, sheet]).warnings).toEqual([
      'warning: kam.xlsx, Team: KAM "Omar Ruiz" (1 account in the Accounts sheet) is not in the Team sheet; add them there to show their coverage',
    ]);
  });
});

describe('RACI codes', () => {
  it.each<[CellValue, string[]]>([
    ['R', ['R']],
    ['a', ['A']],
    ['R/A', ['R', 'A']],
    ['A/R', ['R', 'A']],
    ['A, R', ['R', 'A']],
    ['r+a', ['R', 'A']],
    ['C & I', ['C', 'I']],
    ['RA', ['R', 'A']],
    ['R/R', ['R']],
    ['Accountable', ['A']],
    ['responsible / consulted', ['R', 'C']],
    ['-', []],
    ['  ', []],
    [null, []],
  ])('reads %j as %j', (cell, letters) => {
    expect(parseRaciCode(cell)).toEqual({ ok: true, letters });
  });

  it.each<[CellValue, string]>([
    ['X', '"X" is not a RACI code; expected R, A, C or I, or a combination such as "R/A"'],
    [
      'R/S',
      '"R/S" is not a RACI code ("S" is not R, A, C or I); expected R, A, C or I, or a combination such as "R/A"',
    ],
    ['yes', '"yes" is not a RACI code; expected R, A, C or I, or a combination such as "R/A"'],
    [1, '1 is not a RACI code; expected R, A, C or I, or a combination such as "R/A"'],
    [true, 'true is not a RACI code; expected R, A, C or I, or a combination such as "R/A"'],
  ])('refuses %j', (cell, message) => {
    expect(parseRaciCode(cell)).toEqual({ ok: false, message });
  });
});

describe('RACI sheet', () => {
  it('reads activities and matches headers to names, then roles', () => {
    const model = validModel([ACCOUNTS, team(), GOOD_RACI]);
    expect(model.team?.raci).toEqual({
      sheet: 'RACI',
      columns: [
        { header: 'Key Account Manager', kind: 'role', people: ['Dana Lee', 'Omar Ruiz'] },
        { header: 'Ana Silva', kind: 'person', people: ['Ana Silva'] },
      ],
      activities: [
        { activity: 'Account planning', letters: [['R', 'A'], ['C']], row: 2 },
        { activity: 'Solution design', letters: [['A'], ['R']], row: 3 },
      ],
    });
  });

  it('ignores Notes columns and matches headers ignoring case and spaces', () => {
    const sheet = raci(['Task', 'key account MANAGER', 'Notes'], ['Planning', 'R/A', 'anything']);
    const model = validModel([ACCOUNTS, team(), sheet]);
    expect(model.team?.raci?.columns.map((c) => c.kind)).toEqual(['role']);
  });

  it('reports a bad code at its cell with the header', () => {
    const sheet = raci(RACI_HEADER, ['Account planning', 'R/A', 'X']);
    expect(validate([ACCOUNTS, team(), sheet]).errors).toEqual([
      'error: kam.xlsx, RACI!C2 (column "Ana Silva"): "X" is not a RACI code; expected R, A, C or I, or a combination such as "R/A"',
    ]);
  });

  it('reports an activity without a name', () => {
    const sheet = raci(RACI_HEADER, [null, 'R/A', 'C']);
    expect(validate([ACCOUNTS, team(), sheet]).errors).toEqual([
      'error: kam.xlsx, RACI!A2 (column "Activity"): is empty; an activity is required',
    ]);
  });

  it('reports a missing Activity column, a repeated header and letters without a header', () => {
    expect(validate([ACCOUNTS, team(), raci(['Step', 'Ana Silva'], ['x', 'R'])]).errors).toEqual([
      'error: kam.xlsx, RACI row 1: no "Activity" column; headers found: "Step", "Ana Silva"',
    ]);
    const repeated = raci(['Activity', 'Ana Silva', 'ana silva'], ['Plan', 'R/A', 'C']);
    expect(validate([ACCOUNTS, team(), repeated]).errors).toEqual([
      'error: kam.xlsx, RACI!C1 (column "ana silva"): "ana silva" appears again (first in column B); keep one column per person or role',
    ]);
    const headerless = raci(['Activity', 'Ana Silva', null], ['Plan', 'R/A', 'C']);
    expect(validate([ACCOUNTS, team(), headerless]).errors).toEqual([
      'error: kam.xlsx, RACI!C1: has RACI letters but no header; write a Name or a Role in the header row',
    ]);
  });

  it('warns about a header that is neither a name nor a role, with a suggestion, and keeps it', () => {
    const sheet = raci(['Activity', 'Ana Silva', 'Ana Silvo', 'Legal'], ['Plan', 'R/A', 'C', 'I']);
    const result = validate([ACCOUNTS, team(), sheet]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, RACI!C1 (column "Ana Silvo"): "Ana Silvo" is neither a Name nor a Role in the Team sheet (did you mean "Ana Silva"?); the column is still shown',
      'warning: kam.xlsx, RACI!D1 (column "Legal"): "Legal" is neither a Name nor a Role in the Team sheet; the column is still shown',
    ]);
    expect(result.model?.team?.raci?.columns.map((c) => c.kind)).toEqual([
      'person',
      'unknown',
      'unknown',
    ]);
  });

  it('flags activities with no A, several A or no R as warnings at their row', () => {
    const sheet = raci(
      RACI_HEADER,
      ['Pricing', 'R', 'C'],
      ['Renewal', 'A', 'A'],
      ['Review', 'A', 'C'],
      ['Planning', 'R/A', 'C'],
    );
    const result = validate([ACCOUNTS, team(), sheet]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, RACI!A2 (column "Activity"): activity "Pricing" has no A: nobody answers for it; give exactly one person or role the A',
      'warning: kam.xlsx, RACI!A3 (column "Activity"): activity "Renewal" has 2 As (Key Account Manager, Ana Silva); exactly one person or role should answer for it',
      'warning: kam.xlsx, RACI!A3 (column "Activity"): activity "Renewal" has no R: nobody is named to do it; give at least one person or role the R',
      'warning: kam.xlsx, RACI!A4 (column "Activity"): activity "Review" has no R: nobody is named to do it; give at least one person or role the R',
    ]);
  });

  it('warns about an activity written twice and shows both', () => {
    const sheet = raci(RACI_HEADER, ['Planning', 'R/A', 'C'], ['planning', 'R/A', 'I']);
    const result = validate([ACCOUNTS, team(), sheet]);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, RACI!A3 (column "Activity"): activity "planning" appears again (first in row 2); both rows are shown',
    ]);
    expect(result.model?.team?.raci?.activities).toHaveLength(2);
  });

  it('reads a RACI sheet without a Team sheet, with one warning and unknown columns', () => {
    const result = validate([ACCOUNTS, GOOD_RACI]);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'warning: kam.xlsx, RACI: there is no Team sheet, so the RACI columns cannot be checked against Names and Roles; add a Team sheet (Name, Role, Region, Accounts)',
    ]);
    expect(result.model?.team?.team).toBeUndefined();
    expect(result.model?.team?.raci?.columns.every((c) => c.kind === 'unknown')).toBe(true);
  });

  it('leaves the team out of the model when neither sheet exists', () => {
    expect(validModel([ACCOUNTS]).team).toBeUndefined();
  });
});
