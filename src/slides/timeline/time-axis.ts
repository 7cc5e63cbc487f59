/**
 * The Gantt's time axis: a unit chosen from the span (weeks, months, quarters or years), a range
 * snapped to whole units, tick dates at every unit boundary, and the pure date → x mapping that
 * every bar, diamond, gridline and the today line is placed with.
 */

export const TIME_UNITS = ['week', 'month', 'quarter', 'year'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Largest span (in days) shown with each unit when the scale is automatic. */
export const AUTO_SCALE_MAX_DAYS: Record<Exclude<TimeUnit, 'year'>, number> = {
  week: 13 * 7,
  month: 16 * 31,
  quarter: 5 * 366,
};

export interface TimeAxis {
  unit: TimeUnit;
  /** Inclusive start of the axis (UTC midnight on a unit boundary). */
  start: Date;
  /** Exclusive end of the axis (the next unit boundary after the last day shown). */
  end: Date;
  /** Unit boundaries from start to end, both included. */
  ticks: Date[];
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** The unit for a span of days: the finest one whose tick count stays legible. */
export function unitForSpan(days: number): TimeUnit {
  if (days <= AUTO_SCALE_MAX_DAYS.week) return 'week';
  if (days <= AUTO_SCALE_MAX_DAYS.month) return 'month';
  return days <= AUTO_SCALE_MAX_DAYS.quarter ? 'quarter' : 'year';
}

/** Start of the unit containing `date`: the Monday (ISO weeks), the 1st of the month/quarter/year. */
export function floorToUnit(date: Date, unit: TimeUnit): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (unit) {
    case 'week': {
      const sinceMonday = (date.getUTCDay() + 6) % 7;
      return addDays(new Date(Date.UTC(year, month, date.getUTCDate())), -sinceMonday);
    }
    case 'month':
      return new Date(Date.UTC(year, month, 1));
    case 'quarter':
      return new Date(Date.UTC(year, month - (month % 3), 1));
    case 'year':
      return new Date(Date.UTC(year, 0, 1));
  }
}

export function nextBoundary(boundary: Date, unit: TimeUnit): Date {
  const year = boundary.getUTCFullYear();
  const month = boundary.getUTCMonth();
  switch (unit) {
    case 'week':
      return addDays(boundary, 7);
    case 'month':
      return new Date(Date.UTC(year, month + 1, 1));
    case 'quarter':
      return new Date(Date.UTC(year, month + 3, 1));
    case 'year':
      return new Date(Date.UTC(year + 1, 0, 1));
  }
}

/**
 * The axis covering the days from `first` to `last` (both included): the unit from the span
 * (or the one asked for), the range widened to whole units.
 */
export function buildTimeAxis(first: Date, last: Date, unit?: TimeUnit): TimeAxis {
  const lastExclusive = addDays(last, 1);
  const chosen = unit ?? unitForSpan(daysBetween(first, lastExclusive));
  const start = floorToUnit(first, chosen);
  const ticks = [start];
  let tick = start;
  while (tick < lastExclusive) {
    tick = nextBoundary(tick, chosen);
    ticks.push(tick);
  }
  return { unit: chosen, start, end: tick, ticks };
}

/** Where a moment falls on the axis, as a fraction 0–1 of its width (clamped). */
export function axisFraction(axis: TimeAxis, date: Date): number {
  const span = axis.end.getTime() - axis.start.getTime();
  if (span <= 0) return 0;
  const fraction = (date.getTime() - axis.start.getTime()) / span;
  return Math.min(1, Math.max(0, fraction));
}

/** The x position in inches of a moment, for an axis drawn from `xIn` over `wIn`. */
export function xForDate(axis: TimeAxis, date: Date, xIn: number, wIn: number): number {
  return xIn + axisFraction(axis, date) * wIn;
}
