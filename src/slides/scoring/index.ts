import { z } from 'zod';
import type { KamModel } from '../../model/model.js';
import { defineSlide } from '../slide-module.js';
import {
  analyseScoring,
  DEFAULT_SCORING_PARAMS,
  scoringPeriodIndex,
  type ScoringParams,
} from './analyse.js';
import { composeScoring } from './compose.js';

function unavailable(model: KamModel): string | undefined {
  const scoring = model.scoring;
  if (scoring === undefined) return 'the workbook has no Scoring criteria and Scores sheets';
  const ids = new Set(model.accounts.map((account) => account.id));
  if (!scoring.accounts.some((entry) => ids.has(entry.accountId)))
    return `no account has scores in the ${scoring.scoresSheet} sheet`;
  return undefined;
}

function checkParams(model: KamModel, params: ScoringParams): string | undefined {
  if (params.period === undefined || scoringPeriodIndex(model, params.period) >= 0)
    return undefined;
  const periods = model.revenue.periods.map((period) => period.label).join(', ') || 'none';
  return `period "${params.period}" is not in the Revenue sheet (periods: ${periods})`;
}

export const scoringSlide = defineSlide({
  kind: 'scoring',
  description:
    'Growth × harmony scoring: portfolio bubble chart with quadrants, priority list, weighted tables.',
  params: z
    .object({
      quadrant: z.enum(['fixed', 'median']).default(DEFAULT_SCORING_PARAMS.quadrant),
      growthWeight: z.number().min(0).max(1).default(DEFAULT_SCORING_PARAMS.growthWeight),
      period: z
        .union([z.string().min(1), z.number()])
        .transform(String)
        .optional(),
      tableAccounts: z.number().int().min(1).max(200).default(DEFAULT_SCORING_PARAMS.tableAccounts),
      listTopN: z.number().int().min(1).max(20).default(DEFAULT_SCORING_PARAMS.listTopN),
      labelTopN: z.number().int().min(1).max(15).default(DEFAULT_SCORING_PARAMS.labelTopN),
      maxBubbles: z.number().int().min(1).max(5000).default(DEFAULT_SCORING_PARAMS.maxBubbles),
    })
    .strict(),
  unavailable,
  checkParams,
  analyse: analyseScoring,
  compose: composeScoring,
});
