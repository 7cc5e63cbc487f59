import { z } from 'zod';
import { defineSlide } from '../slide-module.js';
import { analysePareto, DEFAULT_PARETO_PARAMS, paretoPeriodIndex } from './analyse.js';
import { composePareto } from './compose.js';

const share = z.number().gt(0).max(1);

export const paretoSlide = defineSlide({
  kind: 'pareto',
  description: 'Accounts by revenue with the cumulative-share curve and the vital few.',
  params: z
    .object({
      period: z.string().optional(),
      cut: share.default(DEFAULT_PARETO_PARAMS.cut),
      topN: z.number().int().min(3).max(60).default(DEFAULT_PARETO_PARAMS.topN),
    })
    .strict(),
  unavailable: (model) =>
    model.revenue.periods.length === 0 ? 'the workbook has no Revenue sheet' : undefined,
  checkParams: (model, params) =>
    paretoPeriodIndex(model, params.period) < 0
      ? `period "${params.period}" is not in the Revenue sheet (periods: ${model.revenue.periods.map((p) => p.label).join(', ')})`
      : undefined,
  analyse: analysePareto,
  compose: composePareto,
});
