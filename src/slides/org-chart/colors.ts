/**
 * Box colours from the theme's status colours: a light tint as the fill (so text stays readable on
 * any brand's status colours) with the full colour as the border and side stripe, and the text
 * colour chosen for contrast (WCAG relative luminance).
 */
import type { Relationship } from '../../model/stakeholders.js';
import type { ResolvedTheme } from '../../theme/load-theme.js';
import { contrastRatio, readableTextOn } from '../../compose/colors.js';

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

/** The theme's dark or light text colour, whichever reads better on `fill`. */
export const readableOn = readableTextOn;
export { contrastRatio };
