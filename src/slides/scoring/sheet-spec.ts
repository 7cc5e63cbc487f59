/**
 * The input contract of the scoring matrix: a Scoring criteria sheet (Criterion | Dimension |
 * Weight) and a Scores sheet (Account ID + one column per criterion, scores 1–10). The Scores
 * sheet's columns depend on the criteria, so its spec is built from them.
 */
import { z } from 'zod';
import { DIMENSIONS, SCORE_MAX, SCORE_MIN, type Dimension } from '../../model/scoring.js';
import { numberReader, readText, requiredReader } from '../../validate/cell-readers.js';
import { choiceCell, percentCell, required, textCell } from '../../validate/cells.js';
import type { ColumnSpec, SheetSpec } from '../../validate/sheet-spec.js';
import { ACCOUNT_ID_COLUMN } from '../../validate/sheets/accounts.js';

export interface CriterionRow {
  name: string;
  dimension: Dimension;
  weight: number;
}

/** "7.000000000000001%" never: percent points without binary noise. */
export function percentText(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(12))}%`;
}

const weightCell = (locale: string) =>
  required(percentCell(locale), 'a weight (e.g. 15%)').superRefine((weight, ctx) => {
    if (weight <= 0 || weight > 1) {
      ctx.addIssue({
        code: 'custom',
        message: `${percentText(weight)} is not a weight; expected more than 0% and at most 100%`,
      });
    }
  });

export const CRITERION_COLUMN: ColumnSpec = {
  key: 'name',
  header: 'Criterion',
  aliases: ['Criteria', 'Criterion name', 'Name', 'Factor', 'Criterio'],
  required: true,
  description: 'Name of the criterion; the Scores sheet has one column with this header.',
};

export const CRITERIA_SHEET: SheetSpec<CriterionRow> = {
  name: 'Scoring criteria',
  aliases: [
    'Criteria',
    'Scoring criterion',
    'Score criteria',
    'Scoring weights',
    'Criteria weights',
    'Criteri',
  ],
  columns: [
    CRITERION_COLUMN,
    {
      key: 'dimension',
      header: 'Dimension',
      aliases: ['Axis', 'Group', 'Category', 'Dimensione'],
      required: true,
      description: 'Growth or Harmony.',
    },
    {
      key: 'weight',
      header: 'Weight',
      aliases: ['Weighting', 'Weight %', 'Weight percent', 'Peso'],
      required: true,
      percent: true,
      description: 'Share of its dimension, as 15%, 0.15 or 15; each dimension totals 100%.',
    },
  ],
  rowSchema: (locale) =>
    z.object({
      name: required(textCell(), 'a criterion name'),
      // choiceCell returns the canonical spelling of one of DIMENSIONS.
      dimension: required(
        choiceCell(DIMENSIONS),
        `a dimension (${DIMENSIONS.join(' or ')})`,
      ).transform((value) => value as Dimension),
      weight: weightCell(locale),
    }),
};

export const SCORES_SHEET = {
  name: 'Scores',
  aliases: ['Account scores', 'Scoring', 'Scorecard', 'Score', 'Punteggi'],
} as const;

export interface ScoresRow {
  id: string;
  /** Aligned with the criteria; null where the cell is empty. */
  scores: (number | null)[];
}

/** Column key of the i-th criterion in the Scores sheet. */
export const criterionKey = (index: number): string => `criterion${index}`;

export function criterionColumn(name: string, index: number): ColumnSpec {
  return { key: criterionKey(index), header: name, required: true };
}

/** The Scores sheet for these criteria: Account ID plus one 1–10 score column per criterion. */
export function scoresSheetSpec(criteria: readonly { name: string }[]): SheetSpec<ScoresRow> {
  const keys = criteria.map((_, index) => criterionKey(index));
  return {
    ...SCORES_SHEET,
    columns: [ACCOUNT_ID_COLUMN, ...criteria.map((c, index) => criterionColumn(c.name, index))],
    readRow: (locale) => {
      const score = numberReader(locale, { min: SCORE_MIN, max: SCORE_MAX, what: 'a score' });
      return {
        cells: {
          id: requiredReader(readText, 'an account ID'),
          ...Object.fromEntries(keys.map((key) => [key, score])),
        },
        build: (values) => ({
          id: values.id as string,
          scores: keys.map((key) => (values[key] as number | undefined) ?? null),
        }),
      };
    },
  };
}
