import { describe, expect, it } from 'vitest';
import {
  axisFraction,
  buildTimeAxis,
  floorToUnit,
  unitForSpan,
  xForDate,
  type TimeUnit,
} from '../../../src/slides/timeline/time-axis.js';
import { day } from './fixtures.js';

const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('time axis', () => {
  it.each<[number, TimeUnit]>([
    [1, 'week'],
    [91, 'week'], // 13 weeks
    [92, 'month'],
    [496, 'month'], // 16 × 31
    [497, 'quarter'],
    [1830, 'quarter'], // 5 × 366
    [1831, 'year'],
  ])('a span of %i days is shown in %ss', (days, unit) => {
    expect(unitForSpan(days)).toBe(unit);
  });

  it.each<[TimeUnit, string]>([
    ['week', '2026-09-28'], // 2026-09-30 is a Wednesday; weeks start on Monday
    ['month', '2026-09-01'],
    ['quarter', '2026-07-01'],
    ['year', '2026-01-01'],
  ])('floors 2026-09-30 to the start of its %s: %s', (unit, expected) => {
    expect(iso(floorToUnit(day('2026-09-30'), unit))).toBe(expected);
  });

  it('floors a Monday and a Sunday to the same week start', () => {
    expect(iso(floorToUnit(day('2026-09-28'), 'week'))).toBe('2026-09-28');
    expect(iso(floorToUnit(day('2026-10-04'), 'week'))).toBe('2026-09-28');
  });

  it('builds month ticks from Jun 1 2026 to Mar 1 2027 for Jun 1 – Feb 26', () => {
    // Jun 1 … Feb 26 inclusive = 271 days: months; the last day's month ends on Mar 1.
    const axis = buildTimeAxis(day('2026-06-01'), day('2027-02-26'));
    expect(axis.unit).toBe('month');
    expect(axis.ticks.map(iso)).toEqual([
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
    ]);
    expect(axis.end).toEqual(day('2027-03-01'));
  });

  it('ends a range that closes on a boundary eve exactly at that boundary', () => {
    // Last day Sep 30: the axis ends at Oct 1, not Nov 1.
    expect(iso(buildTimeAxis(day('2026-07-01'), day('2026-09-30'), 'month').end)).toBe(
      '2026-10-01',
    );
  });

  it('maps dates to x linearly: 2026 over 7.3 in from x = 2', () => {
    const axis = buildTimeAxis(day('2026-01-01'), day('2026-12-31'), 'year');
    // 365 days over 7.3 in = 0.02 in per day; Jul 2 is day 182 → 2 + 3.64.
    expect(xForDate(axis, day('2026-07-02'), 2, 7.3)).toBeCloseTo(5.64, 10);
    expect(xForDate(axis, day('2026-01-01'), 2, 7.3)).toBe(2);
    expect(xForDate(axis, day('2027-01-01'), 2, 7.3)).toBeCloseTo(9.3, 10);
  });

  it('clamps dates outside the axis to its ends', () => {
    const axis = buildTimeAxis(day('2026-01-01'), day('2026-12-31'), 'year');
    expect(axisFraction(axis, day('2025-06-01'))).toBe(0);
    expect(axisFraction(axis, day('2028-06-01'))).toBe(1);
  });

  it('keeps x monotonic over every day of two years (property)', () => {
    const axis = buildTimeAxis(day('2026-01-01'), day('2027-12-31'));
    let previous = -Infinity;
    for (let offset = 0; offset < 730; offset += 1) {
      const x = xForDate(axis, new Date(day('2026-01-01').getTime() + offset * 86_400_000), 0, 10);
      expect(x).toBeGreaterThan(previous);
      previous = x;
    }
  });
});
