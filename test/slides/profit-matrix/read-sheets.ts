/** Reading fixture sheets with the profit matrix's sheet reader, messages formatted as users see them. */
import type { Account } from '../../../src/model/model.js';
import { formatDiagnostic, type Diagnostic } from '../../../src/errors.js';
import { readSalesSheets } from '../../../src/slides/profit-matrix/sheets.js';
import { rawWorkbook, type FixtureSheet } from '../../helpers/workbook.js';

const ACCOUNT_IDS = ['KA-1', 'KA-2'];

export function read(sheets: readonly FixtureSheet[]) {
  return readWith(
    sheets,
    ACCOUNT_IDS.map((id) => ({ id, name: `Account ${id}` })),
  );
}

export function readWith(sheets: readonly FixtureSheet[], accounts: Account[]) {
  const diagnostics: Diagnostic[] = [];
  const data = readSalesSheets(
    {
      workbook: rawWorkbook(sheets, 'kam.xlsx'),
      locale: 'en-US',
      accounts,
      accountIds: new Set(accounts.map((account) => account.id)),
      options: {},
    },
    diagnostics,
  );
  const messages = (severity: Diagnostic['severity']) =>
    diagnostics.filter((d) => d.severity === severity).map(formatDiagnostic);
  return { data, errors: messages('error'), warnings: messages('warning') };
}

export const sales = (rows: FixtureSheet['rows'], name = 'Sales'): FixtureSheet => ({ name, rows });
export const HEADER = ['Account ID', 'Product', 'Revenue', 'Gross profit'];
