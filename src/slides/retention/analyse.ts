/**
 * Account retention from the MRR sheet.
 *
 * Report window: from the first to the last MRR period unless `from`/`to` name others. The window
 * bridge compares each account's MRR at the window's start with its MRR at the window's end (the
 * standard MRR bridge): an account that expanded and then contracted back inside the window is
 * flat, and one that was new and then churned inside the window counts as neither. The
 * month-by-month (or quarter-by-quarter) story is the trend: one bridge per consecutive pair of
 * periods inside the window. Pair movements therefore do not add up to the window's movements —
 * only their start and end MRR chain together.
 */
import type { KamModel, Period } from '../../model/model.js';
import { parsePeriod } from '../../model/periods.js';
import { bridgeOfSeries, classifyMovement, type AccountMovement, type Bridge } from './bridge.js';

export interface RetentionParams {
  /** First period of the report window (label, or any period spelling such as 2025-10). */
  from?: string | undefined;
  /** Last period of the report window. */
  to?: string | undefined;
}

export interface RetentionResult {
  /** Labels of the periods inside the window, in order. */
  periods: string[];
  /** Start of the window against its end. */
  window: Bridge;
  /** Every account with MRR at either end of the window. */
  movements: AccountMovement[];
  /** Churned and contracted accounts of the window, largest MRR loss first (ties: name, id). */
  losses: AccountMovement[];
  /** New and expanded accounts of the window, largest MRR gain first (ties: name, id). */
  gains: AccountMovement[];
  /** One bridge per consecutive pair of periods in the window. */
  trend: Bridge[];
}

/** Index of a period given by label (exact first, then any spelling of the same period), or -1. */
export function findPeriodIndex(
  periods: readonly Period[],
  wanted: string,
  locale: string,
): number {
  const exact = periods.findIndex((period) => period.label === wanted);
  if (exact >= 0) return exact;
  const parsed = parsePeriod(wanted, locale);
  if (parsed === undefined) return -1;
  return periods.findIndex(
    (period) => period.startMonth === parsed.startMonth && period.months === parsed.months,
  );
}

/** The window as period indexes; `to` < `from` or an unknown label gives a negative index. */
export function windowIndexes(model: KamModel, params: RetentionParams): [number, number] {
  const periods = model.mrr?.periods ?? [];
  const locale = model.deck.locale;
  const from = params.from === undefined ? 0 : findPeriodIndex(periods, params.from, locale);
  const to =
    params.to === undefined ? periods.length - 1 : findPeriodIndex(periods, params.to, locale);
  return [from, to];
}

/** Why the params do not fit this model's MRR periods, or undefined when they do. */
export function windowProblem(model: KamModel, params: RetentionParams): string | undefined {
  const periods = model.mrr?.periods ?? [];
  const [from, to] = windowIndexes(model, params);
  const list = periods.map((period) => period.label).join(', ');
  if (from < 0) return `period "${params.from}" is not in the MRR sheet (periods: ${list})`;
  if (to < 0) return `period "${params.to}" is not in the MRR sheet (periods: ${list})`;
  if (from >= to) {
    const [a, b] = [periods[from]?.label, periods[to]?.label];
    return `the window must run forward: "from" (${a}) has to come before "to" (${b})`;
  }
  return undefined;
}

/** The accounts with MRR at either end of the window, classified (one object per such account). */
function windowMovements(
  model: KamModel,
  series: readonly (readonly number[] | undefined)[],
  startIndex: number,
  endIndex: number,
): AccountMovement[] {
  const movements: AccountMovement[] = [];
  model.accounts.forEach(({ id, name }, index) => {
    const start = series[index]?.[startIndex] ?? 0;
    const end = series[index]?.[endIndex] ?? 0;
    const kind = classifyMovement(start, end);
    if (kind !== undefined) movements.push({ id, name, start, end, kind });
  });
  return movements;
}

/** Largest |end − start| first; ties by name, then id, so the order never depends on input order. */
function bySizeOfChange(a: AccountMovement, b: AccountMovement): number {
  const size = (movement: AccountMovement) => Math.abs(movement.end - movement.start);
  return (
    size(b) - size(a) ||
    a.name.localeCompare(b.name, 'en') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

const ofKind = (movements: readonly AccountMovement[], ...kinds: AccountMovement['kind'][]) =>
  movements.filter((movement) => kinds.includes(movement.kind)).sort(bySizeOfChange);

export function analyseRetention(model: KamModel, params: RetentionParams): RetentionResult {
  const problem = windowProblem(model, params);
  if (problem !== undefined) throw new RangeError(problem);
  const [from, to] = windowIndexes(model, params);
  const periods = (model.mrr?.periods ?? []).slice(from, to + 1).map((period) => period.label);
  const label = (index: number) => periods[index - from] ?? '';
  // Each account's MRR series, looked up once for the window and every pair of periods.
  const values = model.mrr?.values ?? {};
  const series = model.accounts.map((account) => values[account.id]);
  const bridgeBetween = (startIndex: number, endIndex: number) =>
    bridgeOfSeries(label(startIndex), label(endIndex), series, startIndex, endIndex);
  const movements = windowMovements(model, series, from, to);
  const trend: Bridge[] = [];
  for (let index = from + 1; index <= to; index += 1) trend.push(bridgeBetween(index - 1, index));
  return {
    periods,
    window: bridgeBetween(from, to),
    movements,
    losses: ofKind(movements, 'churn', 'contraction'),
    gains: ofKind(movements, 'new', 'expansion'),
    trend,
  };
}
