/**
 * The long format of a per-period sheet: Account ID | Period | value, one row per account and
 * period (rows in any order; a period repeated for an account is an error at its row).
 */
import { describeValue, errorAt } from '../../errors.js';
import type { RawTable } from '../../load/raw-table.js';
import type { Period } from '../../model/model.js';
import { parsePeriod } from '../../model/periods.js';
import { nameMatches } from '../names.js';
import { parseText } from '../parse-cell.js';
import { findColumn, tableLocation } from '../table.js';
import {
  accountCellLocation,
  addRecord,
  readCell,
  valueReader,
  type PeriodSheetResult,
} from './period-cells.js';
import type { PeriodSheetSpec } from './revenue.js';

const PERIOD_COLUMN = {
  key: 'period',
  header: 'Period',
  aliases: ['Year', 'Quarter', 'Month', 'Periodo'],
};

/** A Period column and a value column: the long format. */
export function isLongFormat(table: RawTable, spec: PeriodSheetSpec): boolean {
  return (
    findColumn(table, PERIOD_COLUMN) >= 0 &&
    table.columns.some((column) => nameMatches(column.header, spec.valueHeader, spec.valueAliases))
  );
}

/** parsePeriod, once per distinct text: a long sheet repeats the same few periods on every row. */
function periodParser(locale: string): (text: string) => Period | undefined {
  const parsed = new Map<string, Period | undefined>();
  return (text) => {
    if (!parsed.has(text)) parsed.set(text, parsePeriod(text, locale));
    return parsed.get(text);
  };
}

export function readLong(
  table: RawTable,
  idIndex: number,
  spec: PeriodSheetSpec,
  locale: string,
  result: PeriodSheetResult,
) {
  const periodIndex = findColumn(table, PERIOD_COLUMN);
  const valueIndex = table.columns.findIndex((column) =>
    nameMatches(column.header, spec.valueHeader, spec.valueAliases),
  );
  const periodOf = periodParser(locale);
  const read = valueReader(spec.what, locale);
  // A period's first spelling stands for it; cells refer to it by its place in cellPeriods.
  const periods = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const periodLocation = () => tableLocation(table, row.row, table.columns[periodIndex]);
    const accountId = parseText(row.cells[idIndex] ?? null);
    const periodText = parseText(row.cells[periodIndex] ?? null);
    if (accountId === null)
      result.diagnostics.push(
        errorAt(accountCellLocation(result, row.row), 'is empty; an account ID is required'),
      );
    const period = periodText === null ? undefined : periodOf(periodText);
    if (period === undefined) {
      result.diagnostics.push(
        errorAt(
          periodLocation(),
          `${describeValue(periodText)} is not a period (such as 2025, FY2025, Q1 2026, Jan 2026)`,
        ),
      );
    }
    if (accountId === null || period === undefined) continue;
    const periodKey = `${period.startMonth}:${period.months}`;
    const key = `${accountId}\u0000${periodKey}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      result.diagnostics.push(
        errorAt(
          periodLocation(),
          `account "${accountId}" has ${period.label} twice (first in row ${earlier})`,
        ),
      );
      continue;
    }
    seen.set(key, row.row);
    if (!result.accountRows.has(accountId)) result.accountRows.set(accountId, row.row);
    let canonical = periods.get(periodKey);
    if (canonical === undefined) {
      canonical = result.cellPeriods.push(period) - 1;
      periods.set(periodKey, canonical);
    }
    const record = addRecord(result, accountId, row.row);
    readCell(result, read, row, record, valueIndex, canonical);
  }
  result.periods = [...result.cellPeriods];
}
