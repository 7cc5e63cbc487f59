/** The team slides: the overview (Team sheet) first, then the RACI matrix (RACI sheet). */
import type { SlideSpec } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { TeamResult } from './analyse.js';
import { composeOverview } from './compose-overview.js';
import { composeRaci } from './compose-raci.js';

export function composeTeam(result: TeamResult, ctx: ComposeContext): SlideSpec[] {
  return [
    ...(result.overview === undefined
      ? []
      : composeOverview(result.overview, result.cardsPerSlide, ctx)),
    ...(result.raci === undefined ? [] : composeRaci(result.raci, result.rowsPerSlide, ctx)),
  ];
}
