/**
 * The MRR sheet, read with the shared per-period reader (Account ID + one column per period, or
 * Account ID | Period | MRR rows; see validate/sheets/mrr.ts), plus the checks retention needs:
 * - periods of different lengths (months next to quarters) are an error: consecutive periods
 *   would not compare like with like;
 * - a gap between periods is a warning: that movement spans more than one period;
 * - MRR in the last period that differs from the Accounts sheet's MRR column is a warning.
 */
import { errorAt, warningAt, type Diagnostic, type Location } from '../../errors.js';
import type { Account, Period, PeriodTable } from '../../model/model.js';
import { readPeriodTable } from '../../validate/period-table.js';
import type { SheetReaderContext } from '../../validate/sheet-context.js';
import { MRR_SHEET } from '../../validate/sheets/mrr.js';
import { findTable, tableLocation } from '../../validate/table.js';

/** Accounts named in one message before "and n more". */
const LISTED = 5;

const LENGTH_NAMES: Record<number, string> = {
  1: 'a month',
  3: 'a quarter',
  6: 'a half-year',
  12: 'a year',
};
const lengthName = (period: Period) => LENGTH_NAMES[period.months] ?? `${period.months} months`;

function listed(items: readonly string[]): string {
  const more = items.length > LISTED ? ` and ${items.length - LISTED} more` : '';
  return `${items.slice(0, LISTED).join(', ')}${more}`;
}

export function checkPeriodLengths(periods: readonly Period[], where: Location): Diagnostic[] {
  const first = periods[0];
  const other = periods.find((period) => first !== undefined && period.months !== first.months);
  if (first === undefined || other === undefined) return [];
  return [
    errorAt(
      where,
      `periods "${first.label}" (${lengthName(first)}) and "${other.label}" (${lengthName(other)}) differ in length; use one length (all months or all quarters) so that consecutive periods compare like with like`,
    ),
  ];
}

export function checkPeriodGaps(periods: readonly Period[], where: Location): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  periods.forEach((period, index) => {
    const previous = periods[index - 1];
    if (previous === undefined || previous.months !== period.months) return;
    const missing = (period.startMonth - previous.startMonth) / previous.months - 1;
    if (missing < 1) return;
    diagnostics.push(
      warningAt(
        where,
        `no column for ${missing} period(s) between "${previous.label}" and "${period.label}"; the movement between them is shown as one step`,
      ),
    );
  });
  return diagnostics;
}

/** Accounts whose MRR in the last period is not the MRR column of the Accounts sheet. */
export function checkAgainstAccounts(
  mrr: PeriodTable,
  accounts: readonly Account[],
  where: Location,
): Diagnostic[] {
  const last = mrr.periods.length - 1;
  const period = mrr.periods[last];
  if (period === undefined) return [];
  const differing: string[] = [];
  for (const account of accounts) {
    const here = mrr.values[account.id]?.[last] ?? 0;
    if (account.mrr !== undefined && Math.abs(here - account.mrr) > 1e-6 * Math.max(1, account.mrr))
      differing.push(`${account.id} (${here} here, ${account.mrr} in Accounts)`);
  }
  if (differing.length === 0) return [];
  return [
    warningAt(
      where,
      `MRR in the last period "${period.label}" differs from the Accounts sheet's MRR for ${differing.length} account(s): ${listed(differing)}; the retention slides use this sheet`,
    ),
  ];
}

/** Reads the MRR sheet, or undefined when the workbook has none. */
export function readMrrSheet(
  context: SheetReaderContext,
  diagnostics: Diagnostic[],
): PeriodTable | undefined {
  const table = findTable(context.workbook, MRR_SHEET.name, MRR_SHEET.aliases);
  const mrr = readPeriodTable(context, MRR_SHEET, diagnostics);
  if (table === undefined || mrr === undefined) return mrr;
  const header = tableLocation(table, table.headerRow || undefined);
  diagnostics.push(
    ...checkPeriodLengths(mrr.periods, header),
    ...checkPeriodGaps(mrr.periods, header),
    ...checkAgainstAccounts(mrr, context.accounts, { file: table.file, sheet: table.sheet }),
  );
  return mrr;
}
