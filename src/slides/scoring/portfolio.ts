/**
 * The portfolio's four quadrants: growth (x) against harmony (y), split by a line on each axis —
 * at the middle of the 1–10 scale, or at the medians of the scored accounts.
 */
import { median } from './weighting.js';

export const QUADRANTS = ['invest', 'develop', 'maintain', 'selective'] as const;
/** invest: high growth and harmony; develop: high growth only; maintain: high harmony only. */
export type Quadrant = (typeof QUADRANTS)[number];
export type QuadrantMode = 'fixed' | 'median';

/** The middle of the 1–10 scale: the fixed quadrant line on both axes. */
export const FIXED_LINE = 5.5;

export interface QuadrantLines {
  mode: QuadrantMode;
  growth: number;
  harmony: number;
}

export function quadrantLines(
  accounts: readonly { growth: number; harmony: number }[],
  mode: QuadrantMode,
): QuadrantLines {
  if (mode === 'fixed') return { mode, growth: FIXED_LINE, harmony: FIXED_LINE };
  return {
    mode,
    growth: median(accounts.map((account) => account.growth)),
    harmony: median(accounts.map((account) => account.harmony)),
  };
}

export function quadrantOf(
  growth: number,
  harmony: number,
  lines: { growth: number; harmony: number },
): Quadrant {
  // A score on a line counts as high: the line belongs to the upper quadrant.
  const highGrowth = growth >= lines.growth;
  const highHarmony = harmony >= lines.harmony;
  if (highGrowth) return highHarmony ? 'invest' : 'develop';
  return highHarmony ? 'maintain' : 'selective';
}
