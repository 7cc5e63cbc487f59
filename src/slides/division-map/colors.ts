/** Colours of the division map, all from the theme, with text colours chosen for contrast. */
import type { OfferingStatus } from '../../model/divisions.js';
import type { ResolvedTheme } from '../../theme/load-theme.js';

export function statusFill(status: OfferingStatus, theme: ResolvedTheme): string {
  switch (status) {
    case 'Active':
      return theme.status.good;
    case 'Pilot':
      return theme.colors.accent3;
    case 'Opportunity':
      return theme.colors.accent2;
    case 'Competitor':
      return theme.status.bad;
    case 'None':
      return theme.neutrals.surface;
  }
}

/** WCAG relative luminance of a 6-digit hex colour. */
export function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The theme's dark or light text colour, whichever reads better on `fill`. */
export function textOn(fill: string, theme: ResolvedTheme): string {
  const { dark1, light1 } = theme.colors;
  return contrastRatio(fill, dark1) >= contrastRatio(fill, light1) ? dark1 : light1;
}
