/**
 * A per-period value sheet such as Revenue: Account ID + one column per period (wide), or
 * Account ID | Period | value (long). Any number of periods; headers sort chronologically.
 */
import { errorAt, warningAt } from '../../errors.js';
import type { Period } from '../../model/model.js';
import { comparePeriods, parsePeriod } from '../../model/periods.js';
import type { RawTable } from '../../load/raw-table.js';
import { nameMatches } from '../names.js';
import { parseText } from '../parse-cell.js';
import {
  findColumn,
  missingColumnLocation,
  missingColumnMessage,
  tableLocation,
} from '../table.js';
import { ACCOUNT_ID_COLUMN, ACCOUNT_NAME_ALIASES } from './accounts.js';
import {
  accountCellLocation,
  addRecord,
  emptyPeriodSheet,
  readCell,
  valueReader,
  type PeriodSheetResult,
} from './period-cells.js';
import { isLongFormat, readLong } from './period-long.js';

export type { PeriodSheetResult } from './period-cells.js';

export interface PeriodSheetSpec {
  name: string;
  aliases: readonly string[];
  /** Header of the value column in long format. */
  valueHeader: string;
  valueAliases: readonly string[];
  /** Noun for messages: "revenue", "MRR". */
  what: string;
}

export const REVENUE_SHEET: PeriodSheetSpec = {
  name: 'Revenue',
  aliases: ['Revenues', 'Sales revenue', 'Turnover', 'Fatturato', 'Ricavi'],
  valueHeader: 'Revenue',
  valueAliases: ['Amount', 'Value', 'Sales', 'Fatturato'],
  what: 'revenue',
};

function periodColumns(
  table: RawTable,
  idIndex: number,
  locale: string,
  result: PeriodSheetResult,
): { index: number; period: Period }[] {
  const columns: { index: number; period: Period }[] = [];
  table.columns.forEach((column, index) => {
    if (index === idIndex) return;
    const period = parsePeriod(column.header, locale);
    if (period !== undefined) columns.push({ index, period });
    else if (!nameMatches(column.header, 'Account', ACCOUNT_NAME_ALIASES)) {
      result.diagnostics.push(
        warningAt(
          tableLocation(table, table.headerRow || undefined, column),
          `column "${column.header}" is not a period (such as 2025, FY2025, Q1 2026, Jan 2026) and is ignored`,
        ),
      );
    }
  });
  return columns;
}

function readWide(
  table: RawTable,
  idIndex: number,
  spec: PeriodSheetSpec,
  locale: string,
  result: PeriodSheetResult,
) {
  const columns = periodColumns(table, idIndex, locale, result);
  result.cellPeriods = columns.map((column) => column.period);
  result.periods = [...result.cellPeriods];
  const read = valueReader(spec.what, locale);
  for (const row of table.rows) {
    const accountId = parseText(row.cells[idIndex] ?? null);
    if (accountId === null) {
      result.diagnostics.push(
        errorAt(accountCellLocation(result, row.row), `is empty; an account ID is required`),
      );
      continue;
    }
    const first = result.accountRows.get(accountId);
    if (first !== undefined) {
      result.diagnostics.push(
        errorAt(
          accountCellLocation(result, row.row),
          `account "${accountId}" appears again (first in row ${first}); put one row per account`,
        ),
      );
      continue;
    }
    result.accountRows.set(accountId, row.row);
    const record = addRecord(result, accountId, row.row);
    for (let period = 0; period < columns.length; period += 1)
      readCell(result, read, row, record, columns[period]?.index ?? -1, period);
  }
}

function checkPeriods(table: RawTable, result: PeriodSheetResult): void {
  const where = tableLocation(table, table.headerRow || undefined);
  if (result.periods.length === 0) {
    result.diagnostics.push(
      errorAt(
        where,
        'has no period columns; expected headers such as 2025, FY2025, Q1 2026 or Jan 2026',
      ),
    );
  }
  const sorted = [...result.periods].sort(comparePeriods);
  for (let index = 1; index < sorted.length; index += 1) {
    const [previous, current] = [sorted[index - 1], sorted[index]];
    if (previous && current && comparePeriods(previous, current) === 0) {
      result.diagnostics.push(
        errorAt(where, `periods "${previous.label}" and "${current.label}" are the same period`),
      );
    }
  }
  result.periods = sorted;
}

/** Reads a per-period sheet in wide or long format. */
export function readPeriodSheet(
  table: RawTable,
  spec: PeriodSheetSpec,
  locale: string,
): PeriodSheetResult {
  const idIndex = findColumn(table, ACCOUNT_ID_COLUMN);
  const result = emptyPeriodSheet(table, idIndex);
  if (idIndex < 0) {
    result.diagnostics.push(
      errorAt(
        missingColumnLocation(table, ACCOUNT_ID_COLUMN),
        missingColumnMessage(table, ACCOUNT_ID_COLUMN),
      ),
    );
    return result;
  }
  if (isLongFormat(table, spec)) readLong(table, idIndex, spec, locale, result);
  else readWide(table, idIndex, spec, locale, result);
  checkPeriods(table, result);
  return result;
}
