import { describe, expect, it } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../../src/errors.js';
import { readScoringSheets } from '../../../src/slides/scoring/sheets.js';
import type { ValidateOptions } from '../../../src/validate/sheet-context.js';
import {
  rawWorkbook,
  withCell,
  withSheet,
  type FixtureCell,
  type FixtureSheet,
} from '../../helpers/workbook.js';

const CRITERIA: FixtureSheet = {
  name: 'Scoring criteria',
  rows: [
    ['Criterion', 'Dimension', 'Weight'],
    ['Revenue potential', 'Growth', '60%'],
    ['Cost to serve', 'growth', 0.4],
    ['Strategic fit', 'Harmony', 70],
    ['Culture', 'Harmony', '30 %'],
  ],
};

const SCORES: FixtureSheet = {
  name: 'Scores',
  rows: [
    ['Account ID', 'Account', 'Revenue potential', 'Cost to serve', 'Strategic fit', 'Culture'],
    ['A1', 'Alpha', 8, 6, 7, 9],
    ['A2', 'Beta', '7', 5.5, 3, 4],
  ],
};

const SHEETS = [CRITERIA, SCORES];

function read(sheets: readonly FixtureSheet[], options: ValidateOptions = {}) {
  const diagnostics: Diagnostic[] = [];
  const data = readScoringSheets(
    {
      workbook: rawWorkbook(sheets, 'kam.xlsx'),
      locale: 'en-US',
      accounts: [
        { id: 'A1', name: 'Alpha' },
        { id: 'A2', name: 'Beta' },
        { id: 'A3', name: 'Gamma' },
      ],
      accountIds: new Set(['A1', 'A2', 'A3']),
      options,
    },
    diagnostics,
  );
  const of = (severity: string) =>
    diagnostics.filter((d) => d.severity === severity).map(formatDiagnostic);
  return { data, errors: of('error'), warnings: of('warning') };
}

/** Scores row `row` (1 = first data row) with `value` in the column headed `header`. */
function scoreCell(row: number, header: string, value: FixtureCell): FixtureSheet[] {
  const column = SCORES.rows[0]?.indexOf(header) ?? -1;
  return withCell(SHEETS, 'Scores', row, column, value);
}

const NOT_SCORED_A3 =
  'warning: kam.xlsx, Scores: 1 account(s) have no row and are left off the scoring slides: A3';

describe('readScoringSheets: valid input', () => {
  it('reads criteria (weights as 60%, 0.4, 70 and "30 %") and scores in sheet order', () => {
    const { data, errors, warnings } = read(SHEETS);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([NOT_SCORED_A3]);
    expect(data).toEqual({
      criteriaSheet: 'Scoring criteria',
      scoresSheet: 'Scores',
      criteria: [
        { name: 'Revenue potential', dimension: 'Growth', weight: 0.6 },
        { name: 'Cost to serve', dimension: 'Growth', weight: 0.4 },
        { name: 'Strategic fit', dimension: 'Harmony', weight: 0.7 },
        { name: 'Culture', dimension: 'Harmony', weight: 0.3 },
      ],
      accounts: [
        { accountId: 'A1', scores: [8, 6, 7, 9] },
        { accountId: 'A2', scores: [7, 5.5, 3, 4] },
      ],
    });
  });

  it('matches sheet and column names loosely and ignores the account-name column', () => {
    const sheets = [
      { ...CRITERIA, name: 'criteria' },
      {
        name: 'scorecard',
        rows: [
          ['ID', 'Customer', 'culture', 'STRATEGIC FIT', 'cost-to-serve', 'Revenue Potential'],
          ['A1', 'Alpha', 9, 7, 6, 8],
        ],
      },
    ];
    const { data, errors } = read(sheets);
    expect(errors).toEqual([]);
    expect(data?.accounts).toEqual([{ accountId: 'A1', scores: [8, 6, 7, 9] }]);
  });

  it('is absent when neither sheet exists', () => {
    expect(read([])).toEqual({ data: undefined, errors: [], warnings: [] });
  });
});

describe('readScoringSheets: located errors', () => {
  it.each([
    [
      'a score above 10',
      scoreCell(1, 'Strategic fit', 11),
      'error: kam.xlsx, Scores!E2 (column "Strategic fit"): 11 is above 10; expected a score from 1 up to 10',
    ],
    [
      'a score below 1',
      scoreCell(2, 'Culture', 0),
      'error: kam.xlsx, Scores!F3 (column "Culture"): 0 is below 1; expected a score from 1 to 10',
    ],
    [
      'a score that is not a number',
      scoreCell(1, 'Cost to serve', 'high'),
      'error: kam.xlsx, Scores!D2 (column "Cost to serve"): "high" is not a number',
    ],
    [
      'an empty score without --allow-partial-scores',
      scoreCell(1, 'Culture', null),
      'error: kam.xlsx, Scores!F2 (column "Culture"): is empty; expected a score from 1 to 10 for "Culture" (or build with --allow-partial-scores to score A1 on the criteria it has)',
    ],
    [
      'an account that is not in the Accounts sheet',
      scoreCell(2, 'Account ID', 'A9'),
      'error: kam.xlsx, Scores!A3 (column "Account ID"): account "A9" is not in the Accounts sheet; add it there or remove this Scores row',
    ],
    [
      'an account twice',
      scoreCell(2, 'Account ID', 'A1'),
      'error: kam.xlsx, Scores!A3 (column "Account ID"): account "A1" appears again (first in row 2); put one row per account',
    ],
    [
      'an unknown dimension',
      withCell(SHEETS, 'Scoring criteria', 1, 1, 'Profit'),
      'error: kam.xlsx, Scoring criteria!B2 (column "Dimension"): "Profit" is not one of Growth, Harmony',
    ],
    [
      'an empty weight',
      withCell(SHEETS, 'Scoring criteria', 3, 2, null),
      'error: kam.xlsx, Scoring criteria!C4 (column "Weight"): is empty; a weight (e.g. 15%) is required',
    ],
    [
      'a zero weight',
      withCell(SHEETS, 'Scoring criteria', 4, 2, 0),
      'error: kam.xlsx, Scoring criteria!C5 (column "Weight"): 0% is not a weight; expected more than 0% and at most 100%',
    ],
    [
      'the same criterion twice',
      withCell(SHEETS, 'Scoring criteria', 4, 0, 'strategic fit'),
      'error: kam.xlsx, Scoring criteria!A5 (column "Criterion"): criterion "strategic fit" appears again (first in row 4); each criterion needs its own name, as it names a column of the Scores sheet',
    ],
  ])('%s', (_, sheets, message) => {
    expect(read(sheets).errors).toContain(message);
  });

  it('requires each dimension’s weights to total 100% ± 0.5%, listing them', () => {
    const { errors } = read(withCell(SHEETS, 'Scoring criteria', 2, 2, 0.3));
    expect(errors).toEqual([
      'error: kam.xlsx, Scoring criteria!C1 (column "Weight"): Growth weights total 90% (Revenue potential 60%, Cost to serve 30%); expected 100% (± 0.5%)',
    ]);
  });

  it('warns and normalises weights totalling 99.5–100.5% but not 100%', () => {
    // 60% + 39.7% = 99.7%
    const { data, errors, warnings } = read(withCell(SHEETS, 'Scoring criteria', 2, 2, '39.7%'));
    expect(errors).toEqual([]);
    expect(warnings).toContain(
      'warning: kam.xlsx, Scoring criteria!C1 (column "Weight"): Growth weights total 99.7%, not exactly 100%; each is divided by 99.7% so they total 100%',
    );
    expect(data?.criteria[1]?.weight).toBe(0.397);
  });

  it('needs a criterion in each dimension', () => {
    const growthOnly = withSheet(SHEETS, 'Scoring criteria', (rows) => rows.slice(0, 3));
    expect(read(growthOnly).errors).toContain(
      'error: kam.xlsx, Scoring criteria!C1 (column "Weight"): no Harmony criteria; the scoring matrix needs at least one criterion in each dimension (Growth, Harmony)',
    );
  });

  it('names a criterion without a Scores column, with a near-miss header as a hint', () => {
    const typo = withCell(SHEETS, 'Scores', 0, 5, 'Cultre');
    const { errors, warnings, data } = read(typo);
    expect(errors).toEqual([
      'error: kam.xlsx, Scores row 1: no column for criterion "Culture" (Harmony) ("Cultre" looks close: did you mean "Culture"?); add a "Culture" column with a score from 1 to 10 per account',
    ]);
    expect(warnings).toContain(
      'warning: kam.xlsx, Scores!F1 (column "Cultre"): column "Cultre" matches no criterion of the Scoring criteria sheet and is ignored (did you mean "Culture"?)',
    );
    expect(data?.accounts).toEqual([]);
  });

  it('warns about a score column that matches no criterion', () => {
    const extra = withSheet(SHEETS, 'Scores', (rows) =>
      rows.map((row, index) => [...row, index === 0 ? 'Notes' : 'x']),
    );
    const { errors, warnings } = read(extra);
    expect(errors).toEqual([]);
    expect(warnings).toContain(
      'warning: kam.xlsx, Scores!G1 (column "Notes"): column "Notes" matches no criterion of the Scoring criteria sheet and is ignored',
    );
  });

  it('refuses one sheet without the other', () => {
    expect(read([SCORES]).errors).toEqual([
      'error: kam.xlsx, Scores: the workbook has a "Scores" sheet but no "Scoring criteria" sheet (Criterion | Dimension | Weight); the scoring matrix needs both',
    ]);
    expect(read([CRITERIA]).errors).toEqual([
      'error: kam.xlsx, Scoring criteria: the workbook has a "Scoring criteria" sheet but no "Scores" sheet (Account ID + one column per criterion); the scoring matrix needs both',
    ]);
  });
});

describe('readScoringSheets: missing scores', () => {
  const partial = { allowPartialScores: true };

  it('with --allow-partial-scores, warns and keeps the gap as null', () => {
    const { data, errors, warnings } = read(scoreCell(1, 'Culture', null), partial);
    expect(errors).toEqual([]);
    expect(warnings).toContain(
      'warning: kam.xlsx, Scores!F2 (column "Culture"): is empty; A1 is scored on the Harmony criteria it has (--allow-partial-scores)',
    );
    expect(data?.accounts[0]).toEqual({ accountId: 'A1', scores: [8, 6, 7, null] });
  });

  it('leaves out an account with no score in a whole dimension', () => {
    const noHarmony = withSheet(SHEETS, 'Scores', (rows) =>
      rows.map((row, index) => (index === 1 ? [...row.slice(0, 4), null, null] : row)),
    );
    const { data, errors, warnings } = read(noHarmony, partial);
    expect(errors).toEqual([]);
    expect(warnings).toContain(
      'warning: kam.xlsx, Scores!A2 (column "Account ID"): A1 has no Harmony score; it is left off the scoring slides',
    );
    expect(data?.accounts.map((a) => a.accountId)).toEqual(['A2']);
  });

  it('treats a row with no scores at all as not scored (a warning, not one error per cell)', () => {
    const empty = withSheet(SHEETS, 'Scores', (rows) =>
      rows.map((row, index) => (index === 2 ? ['A2', 'Beta', null, null, null, null] : row)),
    );
    const { data, errors, warnings } = read(empty);
    expect(errors).toEqual([]);
    expect(warnings).toContain(
      'warning: kam.xlsx, Scores!A3 (column "Account ID"): A2 has no scores; it is left off the scoring slides',
    );
    expect(data?.accounts.map((a) => a.accountId)).toEqual(['A1']);
  });
});
