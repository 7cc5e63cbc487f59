/**
 * Box colours from the theme's status colours: a light tint as the fill (so text stays readable on
 * any brand's status colours) with the full colour as the border and side stripe, and the text
 * colour chosen for contrast (WCAG relative luminance).
 */
import type { Relationship } from '../../model/stakeholders.js';
import type { ResolvedTheme } from '../../theme/load-theme.js';

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: readonly number[]): string {
  return [r, g, b]
    .map((channel) =>
      Math.round(channel ?? 0)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

/** `colour` blended towards `base` by `amount` (0 = colour, 1 = base). */
export function blend(colour: string, base: string, amount: number): string {
  const from = channels(colour);
  const to = channels(base);
  return toHex(from.map((channel, index) => channel + ((to[index] ?? 0) - channel) * amount));
}

function luminance(hex: string): number {
  const linear = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (linear[0] ?? 0) + 0.7152 * (linear[1] ?? 0) + 0.0722 * (linear[2] ?? 0);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** Whichever of the theme's text colours reads better on `fill`. */
export function readableOn(fill: string, theme: ResolvedTheme): string {
  const { dark1, light1 } = theme.colors;
  return contrastRatio(fill, dark1) >= contrastRatio(fill, light1) ? dark1 : light1;
}

/** How far the box fill is lightened towards the background. */
const TINT = 0.8;

export interface BoxColours {
  fill: string;
  border: string;
  text: string;
}

export function relationshipColour(relationship: Relationship, theme: ResolvedTheme): string {
  const { good, warning, bad } = theme.status;
  return relationship === 'Positive' ? good : relationship === 'Neutral' ? warning : bad;
}

export function boxColours(relationship: Relationship, theme: ResolvedTheme): BoxColours {
  const border = relationshipColour(relationship, theme);
  const fill = blend(border, theme.colors.light1, TINT);
  return { fill, border, text: readableOn(fill, theme) };
}
