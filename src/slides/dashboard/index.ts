import { z } from 'zod';
import { defineSlide } from '../slide-module.js';
import { analyseDashboard, DEFAULT_DASHBOARD_PARAMS } from './analyse.js';
import { composeDashboard } from './compose.js';

const defaults = DEFAULT_DASHBOARD_PARAMS;

const planName = z.string().trim().min(1);
/** A list in the template, or `--set dashboard.planOrder=Basic,Standard,Premium` on the CLI. */
const planList = z.union([
  z.array(planName),
  z.string().transform((text) =>
    text
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== ''),
  ),
]);

export const dashboardSlide = defineSlide({
  kind: 'dashboard',
  description:
    'KA dashboard: MRR and its change, MRR by plan, onboarding status, satisfaction, upsell opportunity and the endangered accounts with the MRR at risk.',
  params: z
    .object({
      engagementBelow: z.number().min(0).max(100).default(defaults.engagementBelow),
      satisfactionBelow: z.number().min(0).max(10).default(defaults.satisfactionBelow),
      maxListed: z.number().int().min(1).max(100).default(defaults.maxListed),
      premiumPlan: z.union([planName, z.number().transform(String)]).default(defaults.premiumPlan),
      planOrder: planList.default(defaults.planOrder),
    })
    .strict(),
  unavailable: (model) => {
    if (model.accounts.length === 0) return 'the Accounts sheet has no accounts';
    if (model.accounts.every((account) => account.mrr === undefined))
      return 'the Accounts sheet has no MRR values (column "MRR")';
    return undefined;
  },
  analyse: analyseDashboard,
  compose: composeDashboard,
});
