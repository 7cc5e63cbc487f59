/**
 * Per-period sheets (Revenue, MRR) aligned to the accounts: one value per account and period,
 * zeros where the sheet has no row, errors for rows of accounts that the Accounts sheet lacks.
 */
import { errorAt, warningAt, type Diagnostic } from '../errors.js';
import type { Account, PeriodTable } from '../model/model.js';
import type { SheetReaderContext } from './sheet-context.js';
import { accountCellLocation } from './sheets/period-cells.js';
import { readPeriodSheet, type PeriodSheetResult, type PeriodSheetSpec } from './sheets/revenue.js';
import { findTable } from './table.js';

/**
 * The model column of each period cells refer to (-1 for none): by label, as the periods were
 * sorted; of two periods with one label, the later.
 */
function periodSlots(sheet: PeriodSheetResult): Int32Array {
  const byLabel = new Map(sheet.periods.map((period, index) => [period.label, index]));
  return Int32Array.from(sheet.cellPeriods, (period) => byLabel.get(period.label) ?? -1);
}

function zeros(count: number): number[] {
  const row: number[] = [];
  for (let index = 0; index < count; index += 1) row.push(0);
  return row;
}

/**
 * Aligns sheet cells to the accounts: unknown accounts are errors, missing ones get zeros.
 * `listedIds` holds every ID written in the Accounts sheet, even on rows with other errors, so one
 * bad Accounts row does not also make its revenue row an "unknown account".
 */
function buildPeriodTable(
  sheet: PeriodSheetResult,
  accounts: readonly Account[],
  listedIds: ReadonlySet<string>,
  what: string,
  diagnostics: Diagnostic[],
): PeriodTable {
  sheet.accountRows.forEach((row, accountId) => {
    if (!listedIds.has(accountId)) {
      diagnostics.push(
        errorAt(
          accountCellLocation(sheet, row),
          `account "${accountId}" is not in the Accounts sheet; add it there or remove this ${what} row`,
        ),
      );
    }
  });
  const slots = periodSlots(sheet);
  const rows = new Map<string, number[]>();
  for (const account of accounts) rows.set(account.id, zeros(sheet.periods.length));
  // The model row each record's values go to (undefined for an account not in the model).
  const targets = sheet.records.accountIds.map((accountId) => rows.get(accountId));
  const { count, record, period, value } = sheet.cells;
  for (let cell = 0; cell < count; cell += 1) {
    const target = targets[record[cell] ?? -1];
    const slot = slots[period[cell] ?? -1] ?? -1;
    if (target !== undefined && slot >= 0) target[slot] = value[cell] ?? 0;
  }
  const values: Record<string, number[]> = {};
  for (const account of accounts) values[account.id] = rows.get(account.id) ?? [];
  return { periods: sheet.periods, values };
}

function warnAccountsWithoutRows(
  sheet: PeriodSheetResult,
  accounts: readonly Account[],
  sheetName: string,
  diagnostics: Diagnostic[],
  file: string,
) {
  const missing = accounts.filter((account) => !sheet.accountRows.has(account.id));
  if (missing.length === 0 || sheet.accountRows.size === 0) return;
  const names = missing
    .slice(0, 5)
    .map((account) => account.id)
    .join(', ');
  const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
  diagnostics.push(
    warningAt(
      { file, sheet: sheetName },
      `${missing.length} account(s) have no row and count as 0: ${names}${more}`,
    ),
  );
}

export function emptyPeriodTable(accounts: readonly Account[]): PeriodTable {
  return { periods: [], values: Object.fromEntries(accounts.map((account) => [account.id, []])) };
}

/**
 * A per-period sheet aligned to the accounts, with the cells it was read from (for checks that
 * point at a cell), or undefined when the sheet is absent.
 */
export function readPeriodSheetTable(
  context: SheetReaderContext,
  spec: PeriodSheetSpec,
  diagnostics: Diagnostic[],
): { values: PeriodTable; sheet: PeriodSheetResult } | undefined {
  const table = findTable(context.workbook, spec.name, spec.aliases);
  if (table === undefined) return undefined;
  const sheet = readPeriodSheet(table, spec, context.locale);
  diagnostics.push(...sheet.diagnostics);
  const values = buildPeriodTable(
    sheet,
    context.accounts,
    context.accountIds,
    spec.what,
    diagnostics,
  );
  warnAccountsWithoutRows(sheet, context.accounts, table.sheet, diagnostics, table.file);
  return { values, sheet };
}

/** A per-period sheet (Revenue, MRR) aligned to the accounts, or undefined when it is absent. */
export function readPeriodTable(
  context: SheetReaderContext,
  spec: PeriodSheetSpec,
  diagnostics: Diagnostic[],
): PeriodTable | undefined {
  return readPeriodSheetTable(context, spec, diagnostics)?.values;
}
