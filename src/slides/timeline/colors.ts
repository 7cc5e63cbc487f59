/** Colours of the Gantt, all from the theme: one fill per status, the bad colour for attention. */
import type { TaskStatus } from '../../model/timeline.js';
import type { ResolvedTheme } from '../../theme/load-theme.js';

export function statusFill(status: TaskStatus, theme: ResolvedTheme): string {
  switch (status) {
    case 'Planned':
      return theme.colors.accent5;
    case 'In progress':
      return theme.colors.accent1;
    case 'Done':
      return theme.status.good;
    case 'Late':
      return theme.status.bad;
  }
}

/** The today line stands apart from every status colour. */
export const todayColor = (theme: ResolvedTheme): string => theme.colors.accent2;
export const attentionColor = (theme: ResolvedTheme): string => theme.status.bad;
