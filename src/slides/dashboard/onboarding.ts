/**
 * Onboarding status counts. Statuses are free text; the usual ones are recognised so the chart can
 * read like a pipeline (not started → in progress → stalled → completed) and colour them by
 * meaning. Other statuses follow alphabetically, accounts without a status last.
 */
import type { Account } from '../../model/model.js';
import { groupKey, groupKeyer } from './plans.js';

export const ONBOARDING_STAGES = [
  'notStarted',
  'inProgress',
  'stalled',
  'completed',
  'other',
  'missing',
] as const;
export type OnboardingStage = (typeof ONBOARDING_STAGES)[number];

/** Recognised spellings (after `groupKey`), by stage. */
const STAGE_NAMES: Record<Exclude<OnboardingStage, 'other' | 'missing'>, readonly string[]> = {
  notStarted: ['not started', 'not yet started', 'to do', 'todo', 'planned', 'pending', 'new'],
  inProgress: ['in progress', 'ongoing', 'started', 'underway', 'in flight', 'onboarding'],
  stalled: ['stalled', 'blocked', 'on hold', 'delayed', 'stuck', 'paused'],
  completed: ['completed', 'complete', 'done', 'finished', 'live', 'onboarded'],
};

export interface OnboardingGroup {
  /** The status as first written; undefined for accounts without one. */
  status: string | undefined;
  stage: OnboardingStage;
  accounts: number;
  /** Mean of Onboarding % over the group's accounts that have one (0–1); undefined if none. */
  averagePct: number | undefined;
}

export function onboardingStage(status: string | undefined): OnboardingStage {
  if (status === undefined || status.trim() === '') return 'missing';
  const key = groupKey(status);
  for (const [stage, names] of Object.entries(STAGE_NAMES)) {
    if (names.includes(key)) return stage as OnboardingStage;
  }
  return 'other';
}

function mean(values: readonly number[]): number | undefined {
  return values.length === 0
    ? undefined
    : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function analyseOnboarding(accounts: readonly Account[]): OnboardingGroup[] {
  const groups = new Map<string, { status: string | undefined; members: Account[] }>();
  const keyOf = groupKeyer();
  for (const account of accounts) {
    const status = account.onboarding?.trim() === '' ? undefined : account.onboarding?.trim();
    const key = status === undefined ? '\u0000missing' : keyOf(status);
    const group = groups.get(key) ?? { status, members: [] };
    group.members.push(account);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({
      status: group.status,
      stage: onboardingStage(group.status),
      accounts: group.members.length,
      averagePct: mean(
        group.members.flatMap((account) =>
          account.onboardingPct === undefined ? [] : [account.onboardingPct],
        ),
      ),
    }))
    .sort(
      (a, b) =>
        ONBOARDING_STAGES.indexOf(a.stage) - ONBOARDING_STAGES.indexOf(b.stage) ||
        (a.status ?? '').localeCompare(b.status ?? '', 'en'),
    );
}
