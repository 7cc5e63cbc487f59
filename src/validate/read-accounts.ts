/**
 * The Accounts sheet read into accounts: every row by the sheet spec, each account ID once (a
 * repeated ID is an error at its cell). Rows are checked as they are read, so only the accounts
 * themselves are kept.
 */
import { errorAt, type Diagnostic } from '../errors.js';
import type { RawTable } from '../load/raw-table.js';
import type { Account } from '../model/model.js';
import { appendAll } from './append.js';
import { accountsSheet } from './sheets/accounts.js';
import { openTable } from './table.js';

export interface AccountsRead {
  accounts: Account[];
  /** Raw column index of the Account ID column, when the sheet has one. */
  idColumn: number | undefined;
  /** Problems in the sheet's columns or cells (duplicate IDs not counted). */
  problems: number;
}

/** Reads the accounts; problems go to `diagnostics`: columns and cells first, then repeated IDs. */
export function readAccounts(
  table: RawTable,
  locale: string,
  diagnostics: Diagnostic[],
): AccountsRead {
  const opened = openTable(table, accountsSheet, locale);
  const firstRow = new Map<string, number>();
  const accounts: Account[] = [];
  const repeated: Diagnostic[] = [];
  const cellProblems = opened.readRows((row) => {
    const { id } = row.value;
    const first = firstRow.get(id);
    if (first !== undefined) {
      repeated.push(
        errorAt(
          row.cell('id'),
          `account ID "${id}" is used again (first in row ${first}); IDs must be unique`,
        ),
      );
      return;
    }
    firstRow.set(id, row.row);
    accounts.push(row.value);
  });
  for (const found of [opened.diagnostics, cellProblems, repeated]) appendAll(diagnostics, found);
  return {
    accounts,
    idColumn: opened.columnIndex.get('id'),
    problems: opened.diagnostics.length + cellProblems.length,
  };
}
