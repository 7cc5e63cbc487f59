/** Colours of the division map, all from the theme, with text colours chosen for contrast. */
import type { OfferingStatus } from '../../model/divisions.js';
import type { ResolvedTheme } from '../../theme/load-theme.js';
import { contrastRatio, readableTextOn } from '../../compose/colors.js';

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

/** The theme's dark or light text colour, whichever reads better on `fill`. */
export const textOn = readableTextOn;
export { contrastRatio };
