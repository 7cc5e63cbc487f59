/**
 * Colour arithmetic shared by the theme check and the slide builders: hex channels, mixing, and
 * WCAG contrast, so a builder can pick text that reads on any fill a theme produces.
 */
import type { Theme } from '../theme/theme-schema.js';

/** [r, g, b] 0–255 of a 6-digit hex colour (with or without '#'). */
export function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** Upper-case hex without '#' from 0–255 channels (rounded, clamped). */
export function toHex(rgb: readonly number[]): string {
  return rgb
    .slice(0, 3)
    .map((channel) =>
      Math.min(255, Math.max(0, Math.round(channel)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();
}

/** WCAG relative luminance: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** (lighter + 0.05) / (darker + 0.05): 1 for equal colours, 21 for black on white. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The theme's dark or light text colour, whichever contrasts more with `fill`. */
export function readableTextOn(fill: string, theme: Pick<Theme, 'colors'>): string {
  const { dark1, light1 } = theme.colors;
  return contrastRatio(fill, dark1) >= contrastRatio(fill, light1) ? dark1 : light1;
}
