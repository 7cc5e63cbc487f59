import { z } from 'zod';
import type { KamModel } from '../../model/model.js';
import { defineSlide } from '../slide-module.js';
import {
  analyseTimeline,
  DEFAULT_TIMELINE_PARAMS,
  tasksFor,
  type TimelineParams,
} from './analyse.js';
import { composeTimeline } from './compose.js';
import { TIME_UNITS } from './time-axis.js';

const knownAccount = (model: KamModel, id: string) =>
  model.accounts.some((account) => account.id === id);

function unavailable(model: KamModel, params: TimelineParams): string | undefined {
  if (model.timeline === undefined) return 'the workbook has no Timeline sheet';
  if (model.timeline.tasks.length === 0) return `the ${model.timeline.sheet} sheet has no tasks`;
  // An unknown account is a usage error (checkParams), not a reason to skip quietly.
  if (params.account !== undefined && knownAccount(model, params.account)) {
    if (tasksFor(model, params.account).length === 0)
      return `account "${params.account}" has no tasks in the ${model.timeline.sheet} sheet`;
  }
  return undefined;
}

export const timelineSlide = defineSlide({
  kind: 'timeline',
  description: 'Rollout Gantt by workstream: status bars, milestones, today line, overdue tasks.',
  params: z
    .object({
      // --set timeline.account=1001 arrives as a number: account IDs are text.
      account: z
        .union([z.string().min(1), z.number()])
        .transform(String)
        .optional(),
      scale: z.enum(['auto', ...TIME_UNITS]).default(DEFAULT_TIMELINE_PARAMS.scale),
    })
    .strict(),
  unavailable,
  checkParams: (model, params) =>
    params.account !== undefined && !knownAccount(model, params.account)
      ? `account "${params.account}" is not in the Accounts sheet`
      : undefined,
  analyse: analyseTimeline,
  compose: composeTimeline,
});
