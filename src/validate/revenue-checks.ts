/**
 * Revenue that reads fine but looks wrong: a fall of 90% or more from one period to the next (a
 * missing digit, a partial period, a lost account) and accounts with no revenue in any period.
 * Warnings only: the deck is still built, and each one points at the cell to look at.
 */
import { warningAt, type Diagnostic, type Location } from '../errors.js';
import type { Period, PeriodTable } from '../model/model.js';
import {
  accountCellLocation,
  cellPeriod,
  periodCellLocation,
  recordCells,
  type PeriodSheetResult,
} from './sheets/period-cells.js';

/** A fall to at most 10% of the previous period's revenue is worth a look. */
export const SUSPICIOUS_DROP = 0.9;
/** Warnings of one kind listed one by one; the rest are counted. */
const LISTED = 10;

const samePeriod = (a: Period | undefined, b: Period) =>
  a !== undefined && a.startMonth === b.startMonth && a.months === b.months;

/**
 * The cell read for an account and period (the last one, should a period have two columns), found
 * through an index of each account's cells built on the first question: most sheets never ask.
 */
function cellFinder(
  sheet: PeriodSheetResult,
): (accountId: string, period: Period) => number | undefined {
  let recordsOf: Map<string, number[]> | undefined;
  return (accountId, period) => {
    if (recordsOf === undefined) {
      const index = new Map<string, number[]>();
      sheet.records.accountIds.forEach((id, record) => {
        const records = index.get(id);
        if (records === undefined) index.set(id, [record]);
        else records.push(record);
      });
      recordsOf = index;
    }
    let found: number | undefined;
    for (const record of recordsOf.get(accountId) ?? []) {
      const { start, end } = recordCells(sheet, record);
      for (let cell = start; cell < end; cell += 1)
        if (samePeriod(cellPeriod(sheet, cell), period)) found = cell;
    }
    return found;
  };
}

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

function dropMessage(accountId: string, from: Period, to: Period, before: number, after: number) {
  if (after === 0)
    return `revenue of ${accountId} falls from ${before} in ${from.label} to 0 in ${to.label}; right if the account was lost, otherwise fill in this cell`;
  return `revenue of ${accountId} falls by ${percent(1 - after / before)} from ${before} in ${from.label} to ${after} in ${to.label}; check for a missing digit or a partial period`;
}

function capped(warnings: Diagnostic[], where: Location, what: string): Diagnostic[] {
  if (warnings.length <= LISTED) return warnings;
  const rest = warnings.length - LISTED;
  return [...warnings.slice(0, LISTED), warningAt(where, `${rest} more ${what} (not listed)`)];
}

function dropWarnings(values: PeriodTable, sheet: PeriodSheetResult): Diagnostic[] {
  const findCell = cellFinder(sheet);
  const warnings: Diagnostic[] = [];
  for (const accountId of Object.keys(values.values)) {
    const series = values.values[accountId] ?? [];
    for (let index = 1; index < series.length; index += 1) {
      const [before, after] = [series[index - 1] ?? 0, series[index] ?? 0];
      const [from, to] = [values.periods[index - 1], values.periods[index]];
      if (from === undefined || to === undefined || before <= 0) continue;
      if (after > before * (1 - SUSPICIOUS_DROP)) continue;
      const cell = findCell(accountId, to);
      if (cell !== undefined)
        warnings.push(
          warningAt(
            periodCellLocation(sheet, cell),
            dropMessage(accountId, from, to, before, after),
          ),
        );
    }
  }
  return warnings;
}

/** Accounts whose every period was read, as 0 (a cell with an error is not counted as 0). */
function zeroWarnings(values: PeriodTable, sheet: PeriodSheetResult): Diagnostic[] {
  if (values.periods.length === 0) return [];
  // Values read are 0 or more, so an account's total is 0 exactly when none of its cells is above 0.
  const cellsRead = new Map<string, number>();
  const withRevenue = new Set<string>();
  sheet.records.accountIds.forEach((accountId, record) => {
    const { start, end } = recordCells(sheet, record);
    cellsRead.set(accountId, (cellsRead.get(accountId) ?? 0) + end - start);
    for (let cell = start; cell < end; cell += 1) {
      if ((sheet.cells.value[cell] ?? 0) === 0) continue;
      withRevenue.add(accountId);
      break;
    }
  });
  const warnings: Diagnostic[] = [];
  sheet.accountRows.forEach((row, accountId) => {
    const cells = cellsRead.get(accountId);
    if (cells === undefined || cells < values.periods.length || withRevenue.has(accountId)) return;
    warnings.push(
      warningAt(
        accountCellLocation(sheet, row),
        `account "${accountId}" has no revenue in any period (every cell is empty or 0); it counts as 0 in every total`,
      ),
    );
  });
  return warnings;
}

/** Suspicious revenue, at the cells concerned; `where` locates the summary of long lists. */
export function checkRevenue(
  values: PeriodTable,
  sheet: PeriodSheetResult,
  where: Location,
): Diagnostic[] {
  return [
    ...capped(dropWarnings(values, sheet), where, 'falls of 90% or more'),
    ...capped(zeroWarnings(values, sheet), where, 'accounts without revenue'),
  ];
}
