/**
 * MRR history for the dashboard. Current MRR always comes from the Accounts sheet's MRR column;
 * the MRR sheet (when present) names the latest period and gives the change against the period
 * before it. The two sources should describe the same month: `checkAgreement` lists accounts whose
 * latest MRR-sheet value differs from their Accounts MRR, so the slide and the notes can say so
 * (the MRR sheet reader, slides/retention/sheets.ts, warns about the same when validating).
 */
import type { Account, PeriodTable } from '../../model/model.js';

/**
 * Two MRR values agree within this relative tolerance (float noise only), the rule the MRR sheet
 * reader (slides/retention/sheets.ts) warns with.
 */
export const MRR_RELATIVE_TOLERANCE = 1e-6;

export interface MrrChange {
  previousPeriod: string;
  lastPeriod: string;
  previous: number;
  last: number;
  /** last − previous. */
  absolute: number;
  /** absolute / previous; undefined when the previous MRR is 0 (no meaningful percentage). */
  relative: number | undefined;
}

export interface MrrMismatch {
  id: string;
  name: string;
  /** The Accounts sheet's MRR (undefined for an empty cell). */
  accounts: number | undefined;
  /** The MRR sheet's value in its latest period. */
  sheet: number;
}

export interface MrrAgreement {
  period: string;
  accountsTotal: number;
  sheetTotal: number;
  /** Largest absolute difference first; ties by name then id. */
  mismatches: MrrMismatch[];
}

export interface MrrHistory {
  /** False when the workbook has no MRR sheet (or it has no periods). */
  present: boolean;
  /** Period labels of the MRR sheet, chronological. */
  periods: string[];
  /** Change of total MRR from the second-last to the last period; needs two periods. */
  change: MrrChange | undefined;
  /** Accounts MRR against the MRR sheet's last period; undefined without the sheet. */
  agreement: MrrAgreement | undefined;
}

export function mrrChange(
  previousPeriod: string,
  lastPeriod: string,
  previous: number,
  last: number,
): MrrChange {
  const absolute = last - previous;
  return {
    previousPeriod,
    lastPeriod,
    previous,
    last,
    absolute,
    relative: previous === 0 ? undefined : absolute / previous,
  };
}

/** Sum of one period's MRR-sheet values over the given accounts. */
export function sheetTotal(
  table: PeriodTable,
  accounts: readonly Account[],
  periodIndex: number,
): number {
  return accounts.reduce((sum, account) => sum + (table.values[account.id]?.[periodIndex] ?? 0), 0);
}

/** An empty Accounts MRR counts as 0, so a value in the MRR sheet for it disagrees. */
export function mrrDisagrees(accounts: number | undefined, sheet: number): boolean {
  const current = accounts ?? 0;
  return Math.abs(current - sheet) > MRR_RELATIVE_TOLERANCE * Math.max(1, Math.abs(current));
}

function compareMismatches(a: MrrMismatch, b: MrrMismatch): number {
  const gap = (m: MrrMismatch) => Math.abs((m.accounts ?? 0) - m.sheet);
  return gap(b) - gap(a) || a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1);
}

/** Each account's MRR-sheet values (aligned with `accounts`), looked up once for every total. */
type AccountSeries = readonly (readonly number[] | undefined)[];

/** sheetTotal over looked-up series: the same sum, in the same order. */
const seriesTotal = (series: AccountSeries, periodIndex: number): number =>
  series.reduce((sum, values) => sum + (values?.[periodIndex] ?? 0), 0);

function checkAgreement(
  table: PeriodTable,
  accounts: readonly Account[],
  series: AccountSeries,
): MrrAgreement {
  const lastIndex = table.periods.length - 1;
  const mismatches: MrrMismatch[] = [];
  accounts.forEach((account, index) => {
    const sheet = series[index]?.[lastIndex] ?? 0;
    if (mrrDisagrees(account.mrr, sheet))
      mismatches.push({ id: account.id, name: account.name, accounts: account.mrr, sheet });
  });
  return {
    period: table.periods[lastIndex]?.label ?? '',
    accountsTotal: accounts.reduce((sum, account) => sum + (account.mrr ?? 0), 0),
    sheetTotal: seriesTotal(series, lastIndex),
    mismatches: mismatches.sort(compareMismatches),
  };
}

export function analyseHistory(
  table: PeriodTable | undefined,
  accounts: readonly Account[],
): MrrHistory {
  if (table === undefined || table.periods.length === 0)
    return { present: false, periods: [], change: undefined, agreement: undefined };
  const count = table.periods.length;
  const [previous, last] = [table.periods[count - 2], table.periods[count - 1]];
  const series = accounts.map((account) => table.values[account.id]);
  const change =
    previous === undefined || last === undefined
      ? undefined
      : mrrChange(
          previous.label,
          last.label,
          seriesTotal(series, count - 2),
          seriesTotal(series, count - 1),
        );
  return {
    present: true,
    periods: table.periods.map((period) => period.label),
    change,
    agreement: checkAgreement(table, accounts, series),
  };
}
