/**
 * Cell shading by gross margin, from theme colours only: a tint of the theme's "good" status colour
 * that deepens with the margin (relative to the best cell), a tint of "bad" for a loss, the neutral
 * surface for a cell without sales. Text on a fill is dark or light, whichever reads better.
 */
import type { ResolvedTheme } from '../../theme/load-theme.js';
import { contrastRatio, readableTextOn } from '../../compose/colors.js';

/** Share of the status colour in the palest and the deepest positive tint. */
const TINT_MIN = 0.06;
const TINT_MAX = 0.7;
const LOSS_TINT = 0.4;

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

const toHex = (channel: number) => Math.round(channel).toString(16).padStart(2, '0');

/** `from` blended towards `to` by t (0 → from, 1 → to), as 6 hex digits without '#'. */
export function mixColors(from: string, to: string, t: number): string {
  const a = channels(from);
  const b = channels(to);
  return a
    .map((channel, index) => toHex(channel + ((b[index] ?? 0) - channel) * t))
    .join('')
    .toUpperCase();
}

/** The fill of a cell with this margin; `bestMargin` is the highest positive cell margin. */
export function marginFill(
  margin: number | undefined,
  bestMargin: number,
  theme: ResolvedTheme,
): string {
  const base = theme.colors.light1;
  if (margin === undefined) return theme.neutrals.surface;
  if (margin < 0) return mixColors(base, theme.status.bad, LOSS_TINT);
  const depth = bestMargin > 0 ? Math.min(1, margin / bestMargin) : 0;
  return mixColors(base, theme.status.good, TINT_MIN + (TINT_MAX - TINT_MIN) * depth);
}

/** The theme's dark or light text colour, whichever reads better on `fill`. */
export const textColorOn = readableTextOn;
export { contrastRatio };
