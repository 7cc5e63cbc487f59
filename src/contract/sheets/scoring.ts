/** Contracts of the scoring matrix's sheets: Scoring criteria (weights) and Scores (1–10). */
import { DIMENSIONS, SCORE_MAX, SCORE_MIN } from '../../model/scoring.js';
import { CRITERIA_SHEET, SCORES_SHEET } from '../../slides/scoring/sheet-spec.js';
import { ACCOUNT_ID_COLUMN } from '../../validate/sheets/accounts.js';
import { fromSpec, fromSpecs, strictly } from '../column.js';
import { EX1, EX2, EX3 } from '../examples.js';
import type { ExampleRow, SheetContract } from '../types.js';

const [GROWTH, HARMONY] = DIMENSIONS;

const CRITERIA: readonly { name: string; dimension: string; weight: number }[] = [
  { name: 'Revenue potential', dimension: GROWTH, weight: 0.6 },
  { name: 'Strategic fit', dimension: GROWTH, weight: 0.4 },
  { name: 'Relationship strength', dimension: HARMONY, weight: 0.5 },
  { name: 'Ease of doing business', dimension: HARMONY, weight: 0.5 },
];

export const CRITERIA_CONTRACT: SheetContract = {
  name: CRITERIA_SHEET.name,
  aliases: CRITERIA_SHEET.aliases ?? [],
  purpose:
    'The criteria accounts are scored on, each in a dimension (Growth: attractiveness to us; Harmony: how well we work together) with a weight.',
  feeds: ['scoring'],
  required: false,
  columns: fromSpecs(CRITERIA_SHEET.columns, {
    Criterion: { width: 28 },
    Dimension: { accepted: strictly(DIMENSIONS), width: 12 },
    Weight: { width: 10, range: { min: 0, max: 1 } },
  }),
  fixedColumns: true,
  examples: CRITERIA.map((c) => ({
    Criterion: c.name,
    Dimension: c.dimension,
    Weight: c.weight,
  })),
  notes: [
    'Each dimension needs at least one criterion, and its weights total 100% (± 0.5%).',
    'Needs the Scores sheet, and the other way round.',
  ],
};

const SCORES: readonly (readonly number[])[] = [
  [9, 8, 7, 6],
  [6, 7, 8, 9],
  [4, 5, 3, 4],
];

function scoresRow(account: { id: string; name: string }, scores: readonly number[]): ExampleRow {
  const row: Record<string, string | number> = { 'Account ID': account.id, Account: account.name };
  CRITERIA.forEach((criterion, index) => {
    row[criterion.name] = scores[index] ?? SCORE_MIN;
  });
  return row;
}

export const SCORES_CONTRACT: SheetContract = {
  name: SCORES_SHEET.name,
  aliases: SCORES_SHEET.aliases,
  purpose: 'Each account’s score on every criterion of the Scoring criteria sheet.',
  feeds: ['scoring'],
  required: false,
  columns: [
    fromSpec(ACCOUNT_ID_COLUMN, { width: 12 }),
    {
      header: 'Account',
      aliases: [],
      required: false,
      description: 'Optional: the account name, for your reading; not used.',
      format: 'text',
      width: 30,
    },
  ],
  more: {
    description: `One column per criterion, headed exactly as in the Scoring criteria sheet; scores from ${SCORE_MIN} to ${SCORE_MAX} (higher is better). Empty cells are errors unless you build with --allow-partial-scores.`,
    format: 'number',
    range: { min: SCORE_MIN, max: SCORE_MAX },
    exampleHeaders: CRITERIA.map((criterion) => criterion.name),
    width: 14,
  },
  fixedColumns: false,
  examples: [
    scoresRow(EX1, SCORES[0] ?? []),
    scoresRow(EX2, SCORES[1] ?? []),
    scoresRow(EX3, SCORES[2] ?? []),
  ],
};
