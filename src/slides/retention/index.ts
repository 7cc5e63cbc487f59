import { z } from 'zod';
import { defineSlide } from '../slide-module.js';
import { analyseRetention, windowProblem } from './analyse.js';
import { composeRetention } from './compose.js';

/** A period label; `--set retention.from=2025` arrives as a number, so numbers are accepted too. */
const periodLabel = z
  .union([z.string().min(1), z.number().int()])
  .transform((value) => String(value))
  .optional();

export const retentionSlide = defineSlide({
  kind: 'retention',
  description:
    'MRR bridge (new, expansion, contraction, churn) with GRR, NRR and logo retention, their trend, and the accounts that churned or contracted.',
  params: z.object({ from: periodLabel, to: periodLabel }).strict(),
  unavailable: (model) => {
    if (model.mrr === undefined) return 'the workbook has no MRR sheet';
    if (model.mrr.periods.length < 2)
      return 'the MRR sheet has fewer than two periods; retention compares at least two';
    return undefined;
  },
  checkParams: windowProblem,
  analyse: analyseRetention,
  compose: composeRetention,
});
