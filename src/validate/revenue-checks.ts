/**
 * Revenue that reads fine but looks wrong: a fall of 90% or more from one period to the next (a
 * missing digit, a partial period, a lost account) and accounts with no revenue in any period.
 * Warnings only: the deck is still built, and each one points at the cell to look at.
 */
import { warningAt, type Diagnostic, type Location } from '../errors.js';
import type { Period, PeriodTable } from '../model/model.js';
import type { PeriodSheetResult } from './sheets/revenue.js';

/** A fall to at most 10% of the previous period's revenue is worth a look. */
export const SUSPICIOUS_DROP = 0.9;
/** Warnings of one kind listed one by one; the rest are counted. */
const LISTED = 10;

const periodKey = (accountId: string, period: Period) =>
  `${accountId}\u0000${period.startMonth}:${period.months}`;

function cellLocations(sheet: PeriodSheetResult): Map<string, Location> {
  return new Map(
    sheet.cells.map((cell) => [periodKey(cell.accountId, cell.period), cell.location]),
  );
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
  const locations = cellLocations(sheet);
  const warnings: Diagnostic[] = [];
  for (const [accountId, series] of Object.entries(values.values)) {
    series.forEach((after, index) => {
      const before = series[index - 1];
      const [from, to] = [values.periods[index - 1], values.periods[index]];
      if (before === undefined || from === undefined || to === undefined || before <= 0) return;
      if (after > before * (1 - SUSPICIOUS_DROP)) return;
      const location = locations.get(periodKey(accountId, to));
      if (location !== undefined)
        warnings.push(warningAt(location, dropMessage(accountId, from, to, before, after)));
    });
  }
  return warnings;
}

/** Accounts whose every period was read, as 0 (a cell with an error is not counted as 0). */
function zeroWarnings(values: PeriodTable, sheet: PeriodSheetResult): Diagnostic[] {
  if (values.periods.length === 0) return [];
  const read = new Map<string, { cells: number; revenue: number }>();
  for (const cell of sheet.cells) {
    const totals = read.get(cell.accountId) ?? { cells: 0, revenue: 0 };
    read.set(cell.accountId, { cells: totals.cells + 1, revenue: totals.revenue + cell.value });
  }
  const warnings: Diagnostic[] = [];
  for (const [accountId, location] of sheet.accountRows) {
    const totals = read.get(accountId);
    if (totals === undefined || totals.cells < values.periods.length || totals.revenue !== 0)
      continue;
    warnings.push(
      warningAt(
        location,
        `account "${accountId}" has no revenue in any period (every cell is empty or 0); it counts as 0 in every total`,
      ),
    );
  }
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
