/**
 * A per-period value sheet such as Revenue: Account ID + one column per period (wide), or
 * Account ID | Period | value (long). Any number of periods; headers sort chronologically.
 */
import { describeValue, errorAt, warningAt, type Diagnostic, type Location } from '../../errors.js';
import type { Period } from '../../model/model.js';
import { comparePeriods, parsePeriod } from '../../model/periods.js';
import type { RawTable } from '../../load/raw-table.js';
import { nameMatches } from '../names.js';
import { parseNumber, parseText } from '../parse-cell.js';
import {
  findColumn,
  missingColumnLocation,
  missingColumnMessage,
  tableLocation,
} from '../table.js';
import { ACCOUNT_ID_COLUMN, ACCOUNT_NAME_ALIASES } from './accounts.js';

/** One value cell, before the accounts are cross-checked. */
export interface PeriodCell {
  accountId: string;
  period: Period;
  value: number;
  location: Location;
}

export interface PeriodSheetResult {
  periods: Period[];
  cells: PeriodCell[];
  /** Where each account's first row is, for messages about unknown accounts. */
  accountRows: Map<string, Location>;
  diagnostics: Diagnostic[];
}

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

const PERIOD_COLUMN = {
  key: 'period',
  header: 'Period',
  aliases: ['Year', 'Quarter', 'Month', 'Periodo'],
};

function readValue(raw: unknown, location: Location, spec: PeriodSheetSpec, locale: string) {
  const parsed = parseNumber(raw as never, locale);
  if (!parsed.ok)
    return { error: errorAt(location, `${describeValue(raw)} is not ${parsed.expected}`) };
  // An empty cell is no revenue; "(0)" or "-0" is zero too, not a -0 that formats as "-$0".
  const value = parsed.value === null || parsed.value === 0 ? 0 : parsed.value;
  if (value < 0)
    return { error: errorAt(location, `${value} is negative; expected ${spec.what} of 0 or more`) };
  return { value };
}

function isLongFormat(table: RawTable, spec: PeriodSheetSpec): boolean {
  return (
    findColumn(table, PERIOD_COLUMN) >= 0 &&
    table.columns.some((column) => nameMatches(column.header, spec.valueHeader, spec.valueAliases))
  );
}

function readWide(
  table: RawTable,
  idIndex: number,
  spec: PeriodSheetSpec,
  locale: string,
  result: PeriodSheetResult,
) {
  const periodColumns: { index: number; period: Period }[] = [];
  table.columns.forEach((column, index) => {
    if (index === idIndex) return;
    const period = parsePeriod(column.header, locale);
    if (period !== undefined) periodColumns.push({ index, period });
    else if (!nameMatches(column.header, 'Account', ACCOUNT_NAME_ALIASES)) {
      result.diagnostics.push(
        warningAt(
          tableLocation(table, table.headerRow || undefined, column),
          `column "${column.header}" is not a period (such as 2025, FY2025, Q1 2026, Jan 2026) and is ignored`,
        ),
      );
    }
  });
  result.periods = periodColumns.map((column) => column.period);
  for (const row of table.rows) {
    const accountId = parseText(row.cells[idIndex] ?? null);
    const rowLocation = tableLocation(table, row.row, table.columns[idIndex]);
    if (accountId === null) {
      result.diagnostics.push(errorAt(rowLocation, `is empty; an account ID is required`));
      continue;
    }
    if (result.accountRows.has(accountId)) {
      const first = result.accountRows.get(accountId);
      result.diagnostics.push(
        errorAt(
          rowLocation,
          `account "${accountId}" appears again (first in row ${first?.row}); put one row per account`,
        ),
      );
      continue;
    }
    result.accountRows.set(accountId, rowLocation);
    for (const { index, period } of periodColumns) {
      const location = tableLocation(table, row.row, table.columns[index]);
      const read = readValue(row.cells[index] ?? null, location, spec, locale);
      if (read.error) result.diagnostics.push(read.error);
      else result.cells.push({ accountId, period, value: read.value, location });
    }
  }
}

function readLong(
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
  const periods = new Map<string, Period>();
  const seen = new Map<string, Location>();
  for (const row of table.rows) {
    const idLocation = tableLocation(table, row.row, table.columns[idIndex]);
    const periodLocation = tableLocation(table, row.row, table.columns[periodIndex]);
    const accountId = parseText(row.cells[idIndex] ?? null);
    const periodText = parseText(row.cells[periodIndex] ?? null);
    if (accountId === null)
      result.diagnostics.push(errorAt(idLocation, 'is empty; an account ID is required'));
    const period = periodText === null ? undefined : parsePeriod(periodText, locale);
    if (period === undefined) {
      result.diagnostics.push(
        errorAt(
          periodLocation,
          `${describeValue(periodText)} is not a period (such as 2025, FY2025, Q1 2026, Jan 2026)`,
        ),
      );
    }
    if (accountId === null || period === undefined) continue;
    const key = `${accountId}\u0000${period.startMonth}:${period.months}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      result.diagnostics.push(
        errorAt(
          periodLocation,
          `account "${accountId}" has ${period.label} twice (first in row ${earlier.row})`,
        ),
      );
      continue;
    }
    seen.set(key, periodLocation);
    if (!result.accountRows.has(accountId)) result.accountRows.set(accountId, idLocation);
    const canonical = periods.get(`${period.startMonth}:${period.months}`) ?? period;
    periods.set(`${period.startMonth}:${period.months}`, canonical);
    const location = tableLocation(table, row.row, table.columns[valueIndex]);
    const read = readValue(row.cells[valueIndex] ?? null, location, spec, locale);
    if (read.error) result.diagnostics.push(read.error);
    else result.cells.push({ accountId, period: canonical, value: read.value, location });
  }
  result.periods = [...periods.values()];
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
  const result: PeriodSheetResult = {
    periods: [],
    cells: [],
    accountRows: new Map(),
    diagnostics: [],
  };
  const idIndex = findColumn(table, ACCOUNT_ID_COLUMN);
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
