import { z } from 'zod';
import { defineSlide } from '../slide-module.js';
import { analyseAbc, DEFAULT_ABC_PARAMS } from './analyse.js';
import { composeAbc } from './compose.js';

const share = z.number().gt(0).max(1);

export const abcSlide = defineSlide({
  kind: 'abc',
  description:
    'ABC tiers by cumulative revenue share over the periods, tier A accounts and movers.',
  params: z
    .object({ a: share.default(DEFAULT_ABC_PARAMS.a), b: share.default(DEFAULT_ABC_PARAMS.b) })
    .strict()
    .refine((thresholds) => thresholds.b >= thresholds.a, {
      message: 'the B threshold must be at least the A threshold',
    }),
  unavailable: (model) =>
    model.revenue.periods.length === 0 ? 'the workbook has no Revenue sheet' : undefined,
  analyse: analyseAbc,
  compose: composeAbc,
});
