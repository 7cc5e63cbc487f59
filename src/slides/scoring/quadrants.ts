/** How the four quadrants look and are named: theme colours and template parts, in one place. */
import type { ResolvedTheme } from '../../theme/load-theme.js';
import type { ComposeContext } from '../slide-module.js';
import type { Quadrant } from './portfolio.js';

export function quadrantColors(theme: ResolvedTheme): Record<Quadrant, string> {
  return {
    invest: theme.colors.accent1,
    develop: theme.colors.accent3,
    maintain: theme.colors.accent4,
    selective: theme.neutrals.muted,
  };
}

const QUADRANT_PARTS: Record<Quadrant, string> = {
  invest: 'quadrantInvest',
  develop: 'quadrantDevelop',
  maintain: 'quadrantMaintain',
  selective: 'quadrantSelective',
};

export function quadrantName(ctx: ComposeContext, quadrant: Quadrant): string {
  return ctx.text.render('scoring', QUADRANT_PARTS[quadrant], {});
}

/** Quadrant names keyed by quadrant, for templates that list accounts with their quadrant. */
export function quadrantNames(ctx: ComposeContext): Record<Quadrant, string> {
  return {
    invest: quadrantName(ctx, 'invest'),
    develop: quadrantName(ctx, 'develop'),
    maintain: quadrantName(ctx, 'maintain'),
    selective: quadrantName(ctx, 'selective'),
  };
}
