/**
 * The Scoring criteria sheet: rows by the sheet spec, then the checks across rows — unique names,
 * at least one criterion per dimension, and each dimension's weights totalling 100% (± 0.5%).
 */
import { errorAt, warningAt, type Diagnostic, type Location } from '../../errors.js';
import type { RawTable } from '../../load/raw-table.js';
import { DIMENSIONS, type Dimension, type ScoringCriterion } from '../../model/scoring.js';
import { normaliseName } from '../../validate/names.js';
import { parseText } from '../../validate/parse-cell.js';
import { findColumn, tableLocation, validateTable, type LocatedRow } from '../../validate/table.js';
import { CRITERIA_SHEET, CRITERION_COLUMN, percentText, type CriterionRow } from './sheet-spec.js';

/** Weights of a dimension may total 100% ± this (as a fraction) and are then normalised. */
export const WEIGHT_TOLERANCE = 0.005;
/** Totals closer to 100% than this are exact (spreadsheet sums carry binary noise). */
const EXACT = 1e-9;

export interface CriteriaResult {
  criteria: ScoringCriterion[];
  /** Every name written in the Criterion column, even on rows with errors (normalised). */
  writtenNames: Set<string>;
}

function uniqueCriteria(
  rows: readonly LocatedRow<CriterionRow>[],
  diagnostics: Diagnostic[],
): LocatedRow<CriterionRow>[] {
  const firstRow = new Map<string, number>();
  return rows.filter((row) => {
    const key = normaliseName(row.value.name);
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, row.location.row ?? 0);
      return true;
    }
    diagnostics.push(
      errorAt(
        row.cell('name'),
        `criterion "${row.value.name}" appears again (first in row ${first}); each criterion needs its own name, as it names a column of the Scores sheet`,
      ),
    );
    return false;
  });
}

function weightList(rows: readonly LocatedRow<CriterionRow>[]): string {
  return rows.map((row) => `${row.value.name} ${percentText(row.value.weight)}`).join(', ');
}

function checkDimension(
  dimension: Dimension,
  rows: readonly LocatedRow<CriterionRow>[],
  where: Location,
  someRowsInvalid: boolean,
  diagnostics: Diagnostic[],
): void {
  if (rows.length === 0) {
    diagnostics.push(
      errorAt(
        where,
        `no ${dimension} criteria; the scoring matrix needs at least one criterion in each dimension (${DIMENSIONS.join(', ')})`,
      ),
    );
    return;
  }
  const total = rows.reduce((sum, row) => sum + row.value.weight, 0);
  const off = Math.abs(total - 1);
  const uncounted = someRowsInvalid ? '; rows with errors are not counted' : '';
  if (off > WEIGHT_TOLERANCE + EXACT) {
    diagnostics.push(
      errorAt(
        where,
        `${dimension} weights total ${percentText(total)} (${weightList(rows)}); expected 100% (± 0.5%)${uncounted}`,
      ),
    );
  } else if (off > EXACT) {
    diagnostics.push(
      warningAt(
        where,
        `${dimension} weights total ${percentText(total)}, not exactly 100%; each is divided by ${percentText(total)} so they total 100%`,
      ),
    );
  }
}

function writtenNames(table: RawTable): Set<string> {
  const index = findColumn(table, CRITERION_COLUMN);
  const names = new Set<string>();
  if (index < 0) return names;
  for (const row of table.rows) {
    const name = parseText(row.cells[index] ?? null);
    if (name !== null) names.add(normaliseName(name));
  }
  return names;
}

export function readCriteria(
  table: RawTable,
  locale: string,
  diagnostics: Diagnostic[],
): CriteriaResult {
  const result = validateTable(table, CRITERIA_SHEET, locale);
  diagnostics.push(...result.diagnostics);
  const names = writtenNames(table);
  if (result.rows.length === 0 && result.diagnostics.length > 0)
    return { criteria: [], writtenNames: names };
  const rows = uniqueCriteria(result.rows, diagnostics);
  const weightIndex = result.columnIndex.get('weight');
  const where = tableLocation(
    table,
    table.headerRow || undefined,
    weightIndex === undefined ? undefined : table.columns[weightIndex],
  );
  const someRowsInvalid = result.rows.length < table.rows.length;
  for (const dimension of DIMENSIONS) {
    const inDimension = rows.filter((row) => row.value.dimension === dimension);
    checkDimension(dimension, inDimension, where, someRowsInvalid, diagnostics);
  }
  return { criteria: rows.map((row) => ({ ...row.value })), writtenNames: names };
}
