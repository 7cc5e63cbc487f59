/**
 * Reading the Scoring criteria and Scores sheets. Both or neither: one without the other is an
 * error, since scores mean nothing without weights and weights score nothing alone.
 */
import { errorAt, type Diagnostic } from '../../errors.js';
import type { ScoringData } from '../../model/scoring.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import { findTable } from '../../validate/table.js';
import { readCriteria } from './read-criteria.js';
import { readScores } from './read-scores.js';
import { CRITERIA_SHEET, SCORES_SHEET } from './sheet-spec.js';

export function readScoringSheets(
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): ScoringData | undefined {
  const criteriaTable = findTable(context.workbook, CRITERIA_SHEET.name, CRITERIA_SHEET.aliases);
  const scoresTable = findTable(context.workbook, SCORES_SHEET.name, SCORES_SHEET.aliases);
  if (criteriaTable === undefined && scoresTable === undefined) return undefined;
  if (criteriaTable === undefined || scoresTable === undefined) {
    const present = criteriaTable ?? scoresTable;
    const missing = criteriaTable === undefined ? CRITERIA_SHEET.name : SCORES_SHEET.name;
    const contract =
      criteriaTable === undefined
        ? 'Criterion | Dimension | Weight'
        : 'Account ID + one column per criterion';
    diagnostics.push(
      errorAt(
        present && { file: present.file, sheet: present.sheet },
        `the workbook has a "${present?.sheet}" sheet but no "${missing}" sheet (${contract}); the scoring matrix needs both`,
      ),
    );
    return undefined;
  }
  const { criteria, writtenNames } = readCriteria(criteriaTable, context.locale, diagnostics);
  const accounts =
    criteria.length === 0
      ? []
      : readScores(scoresTable, criteria, writtenNames, context, diagnostics);
  return {
    criteriaSheet: criteriaTable.sheet,
    scoresSheet: scoresTable.sheet,
    criteria,
    accounts,
  };
}
