import { z } from 'zod';
import type { KamModel } from '../../model/model.js';
import { defineSlide } from '../slide-module.js';
import { analyseTeam, DEFAULT_TEAM_PARAMS, TEAM_VIEWS, type TeamParams } from './analyse.js';
import { composeTeam } from './compose.js';

function unavailable(model: KamModel, params: TeamParams): string | undefined {
  const team = model.team?.team;
  const raci = model.team?.raci;
  const hasTeam = team !== undefined && team.members.length > 0;
  const hasRaci = raci !== undefined && raci.activities.length > 0 && raci.columns.length > 0;
  if (params.show === 'overview' && !hasTeam) return 'the workbook has no Team sheet with people';
  if (params.show === 'raci' && !hasRaci) return 'the workbook has no RACI sheet with activities';
  if (!hasTeam && !hasRaci) return 'the workbook has no Team or RACI sheet';
  return undefined;
}

export const teamSlide = defineSlide({
  kind: 'team',
  description:
    'The key-account team: who covers which accounts, and the RACI matrix with its gaps flagged.',
  params: z
    .object({
      show: z.enum(TEAM_VIEWS).default(DEFAULT_TEAM_PARAMS.show),
      rowsPerSlide: z.number().int().min(4).max(15).default(DEFAULT_TEAM_PARAMS.rowsPerSlide),
      cardsPerSlide: z.number().int().min(2).max(16).default(DEFAULT_TEAM_PARAMS.cardsPerSlide),
    })
    .strict(),
  unavailable,
  analyse: analyseTeam,
  compose: composeTeam,
});
