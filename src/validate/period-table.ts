/**
 * Per-period sheets (Revenue, MRR) aligned to the accounts: one value per account and period,
 * zeros where the sheet has no row, errors for rows of accounts that the Accounts sheet lacks.
 */
import { errorAt, warningAt, type Diagnostic } from '../errors.js';
import type { Account, PeriodTable } from '../model/model.js';
import type { SheetReaderContext } from './sheet-context.js';
import { readPeriodSheet, type PeriodSheetResult, type PeriodSheetSpec } from './sheets/revenue.js';
import { findTable } from './table.js';

/**
 * Aligns sheet cells to the accounts: unknown accounts are errors, missing ones get zeros.
 * `listedIds` holds every ID written in the Accounts sheet, even on rows with other errors, so one
 * bad Accounts row does not also make its revenue row an "unknown account".
 */
function buildPeriodTable(
  sheet: PeriodSheetResult,
  accounts: Account[],
  listedIds: ReadonlySet<string>,
  what: string,
  diagnostics: Diagnostic[],
): PeriodTable {
  for (const [accountId, location] of sheet.accountRows) {
    if (!listedIds.has(accountId)) {
      diagnostics.push(
        errorAt(
          location,
          `account "${accountId}" is not in the Accounts sheet; add it there or remove this ${what} row`,
        ),
      );
    }
  }
  const periodIndex = new Map(sheet.periods.map((period, index) => [period.label, index]));
  const values: Record<string, number[]> = {};
  for (const account of accounts) values[account.id] = sheet.periods.map(() => 0);
  for (const cell of sheet.cells) {
    const row = values[cell.accountId];
    const index = periodIndex.get(cell.period.label);
    if (row !== undefined && index !== undefined) row[index] = cell.value;
  }
  return { periods: sheet.periods, values };
}

function warnAccountsWithoutRows(
  sheet: PeriodSheetResult,
  accounts: Account[],
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
  const accounts = [...context.accounts];
  const values = buildPeriodTable(sheet, accounts, context.accountIds, spec.what, diagnostics);
  warnAccountsWithoutRows(sheet, accounts, table.sheet, diagnostics, table.file);
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
