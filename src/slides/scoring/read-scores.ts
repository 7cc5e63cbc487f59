/**
 * The Scores sheet: Account ID plus one column per criterion of the Scoring criteria sheet.
 * Columns are matched to criteria by name; cells by the sheet spec (1–10); then the checks that
 * need other sheets (known accounts) or the user's choice on missing scores (partial scoring).
 */
import { errorAt, warningAt, type Diagnostic } from '../../errors.js';
import type { RawTable } from '../../load/raw-table.js';
import {
  DIMENSIONS,
  SCORE_MAX,
  SCORE_MIN,
  type AccountScores,
  type ScoringCriterion,
} from '../../model/scoring.js';
import { nameMatches, normaliseName, suggestName } from '../../validate/names.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import { ACCOUNT_ID_COLUMN, ACCOUNT_NAME_ALIASES } from '../../validate/sheets/accounts.js';
import { appendAll } from '../../validate/append.js';
import {
  findColumn,
  mapColumns,
  openTable,
  tableLocation,
  type LocatedRow,
} from '../../validate/table.js';
import { criterionColumn, criterionKey, scoresSheetSpec, type ScoresRow } from './sheet-spec.js';

const SCORE_RANGE = `a score from ${SCORE_MIN} to ${SCORE_MAX}`;

function isAccountColumn(header: string): boolean {
  return (
    nameMatches(header, ACCOUNT_ID_COLUMN.header, ACCOUNT_ID_COLUMN.aliases) ||
    nameMatches(header, 'Account', ACCOUNT_NAME_ALIASES)
  );
}

/** Errors for criteria without a column, warnings for columns without a criterion. */
function matchColumns(
  table: RawTable,
  criteria: readonly ScoringCriterion[],
  writtenNames: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): boolean {
  const header = tableLocation(table, table.headerRow || undefined);
  const idCheck = mapColumns(table, [ACCOUNT_ID_COLUMN]);
  diagnostics.push(...idCheck.diagnostics);
  const matched = new Set<number>();
  let complete = idCheck.diagnostics.length === 0;
  const unmatched = (): string[] =>
    table.columns
      .filter((column, index) => !matched.has(index) && !isAccountColumn(column.header))
      .map((column) => column.header);
  criteria.forEach((criterion, index) => {
    const found = findColumn(table, criterionColumn(criterion.name, index));
    if (found >= 0) matched.add(found);
  });
  criteria.forEach((criterion, index) => {
    if (findColumn(table, criterionColumn(criterion.name, index)) >= 0) return;
    complete = false;
    const close = unmatched().find((name) => suggestName(name, [criterion.name]) !== undefined);
    const hint =
      close === undefined ? '' : ` ("${close}" looks close: did you mean "${criterion.name}"?)`;
    diagnostics.push(
      errorAt(
        header,
        `no column for criterion "${criterion.name}" (${criterion.dimension})${hint}; add a "${criterion.name}" column with ${SCORE_RANGE} per account`,
      ),
    );
  });
  table.columns.forEach((column, index) => {
    if (matched.has(index) || isAccountColumn(column.header)) return;
    // A criterion whose own row has an error is not "unknown": that row's error says enough.
    if (writtenNames.has(normaliseName(column.header))) return;
    const close = suggestName(
      column.header,
      criteria.map((criterion) => criterion.name),
    );
    const hint = close === undefined ? '' : ` (did you mean "${close}"?)`;
    diagnostics.push(
      warningAt(
        tableLocation(table, table.headerRow || undefined, column),
        `column "${column.header}" matches no criterion of the Scoring criteria sheet and is ignored${hint}`,
      ),
    );
  });
  return complete;
}

/** Empty score cells: errors, or with partial scoring warnings (and a dimension must remain). */
function checkGaps(
  row: LocatedRow<ScoresRow>,
  criteria: readonly ScoringCriterion[],
  partial: boolean,
  diagnostics: Diagnostic[],
): boolean {
  const { id, scores } = row.value;
  // Every score given and every dimension with criteria: nothing to report (the usual row).
  if (!scores.includes(null) && DIMENSIONS.every((d) => criteria.some((c) => c.dimension === d)))
    return true;
  let usable = true;
  scores.forEach((score, index) => {
    const criterion = criteria[index];
    if (score !== null || criterion === undefined) return;
    const cell = row.cell(criterionKey(index));
    if (partial) {
      diagnostics.push(
        warningAt(
          cell,
          `is empty; ${id} is scored on the ${criterion.dimension} criteria it has (--allow-partial-scores)`,
        ),
      );
    } else {
      usable = false;
      diagnostics.push(
        errorAt(
          cell,
          `is empty; expected ${SCORE_RANGE} for "${criterion.name}" (or build with --allow-partial-scores to score ${id} on the criteria it has)`,
        ),
      );
    }
  });
  for (const dimension of usable ? DIMENSIONS : []) {
    const has = criteria.some(
      (criterion, index) => criterion.dimension === dimension && (scores[index] ?? null) !== null,
    );
    if (!has) {
      usable = false;
      diagnostics.push(
        warningAt(
          row.cell('id'),
          `${id} has no ${dimension} score; it is left off the scoring slides`,
        ),
      );
    }
  }
  return usable;
}

function checkRow(
  row: LocatedRow<ScoresRow>,
  criteria: readonly ScoringCriterion[],
  context: SheetReaderContext,
  firstRow: Map<string, number>,
  diagnostics: Diagnostic[],
): AccountScores | undefined {
  const { id, scores } = row.value;
  if (!context.accountIds.has(id)) {
    diagnostics.push(
      errorAt(
        row.cell('id'),
        `account "${id}" is not in the Accounts sheet; add it there or remove this Scores row`,
      ),
    );
    return undefined;
  }
  const first = firstRow.get(id);
  if (first !== undefined) {
    diagnostics.push(
      errorAt(
        row.cell('id'),
        `account "${id}" appears again (first in row ${first}); put one row per account`,
      ),
    );
    return undefined;
  }
  firstRow.set(id, row.row);
  if (scores.every((score) => score === null)) {
    diagnostics.push(
      warningAt(row.cell('id'), `${id} has no scores; it is left off the scoring slides`),
    );
    return undefined;
  }
  if (!checkGaps(row, criteria, context.options.allowPartialScores === true, diagnostics))
    return undefined;
  return { accountId: id, scores };
}

function warnUnscoredAccounts(
  table: RawTable,
  scored: ReadonlySet<string>,
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): void {
  const missing = context.accounts.filter((account) => !scored.has(account.id));
  if (missing.length === 0 || scored.size === 0) return;
  const listed = missing.slice(0, 5).map((account) => account.id);
  const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
  diagnostics.push(
    warningAt(
      { file: table.file, sheet: table.sheet },
      `${missing.length} account(s) have no row and are left off the scoring slides: ${listed.join(', ')}${more}`,
    ),
  );
}

export function readScores(
  table: RawTable,
  criteria: readonly ScoringCriterion[],
  writtenNames: ReadonlySet<string>,
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): AccountScores[] {
  if (!matchColumns(table, criteria, writtenNames, diagnostics)) return [];
  const opened = openTable(table, scoresSheetSpec(criteria), context.locale);
  const firstRow = new Map<string, number>();
  const accounts: AccountScores[] = [];
  // Each row is checked as it is read; its cells' problems are still reported before the checks'.
  const checks: Diagnostic[] = [];
  const cellProblems = opened.readRows((row) => {
    const scores = checkRow(row, criteria, context, firstRow, checks);
    if (scores !== undefined) accounts.push(scores);
  });
  for (const found of [opened.diagnostics, cellProblems, checks]) appendAll(diagnostics, found);
  warnUnscoredAccounts(table, new Set(firstRow.keys()), context, diagnostics);
  return accounts;
}
