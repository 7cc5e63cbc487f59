/**
 * MRR per plan: the plans found in the Accounts sheet (spelled as first written; "premium" and
 * "Premium " are one plan), each with its accounts, current MRR and — with an MRR sheet of two or
 * more periods — its change, summed over the accounts now on that plan.
 */
import type { Account, PeriodTable } from '../../model/model.js';
import { mrrChange, sheetTotal, type MrrChange } from './history.js';

export interface PlanSummary {
  /** The plan as first written; undefined for accounts without a plan. */
  plan: string | undefined;
  accounts: number;
  /** Current MRR (Accounts sheet). */
  mrr: number;
  /** mrr / total MRR (0 when the total is 0). */
  share: number;
  /** The premium plan (params.premiumPlan). */
  premium: boolean;
  /** From the MRR sheet, over the accounts now on this plan; undefined without two periods. */
  change: MrrChange | undefined;
}

/** Case, surrounding and repeated spaces do not make a different plan or status. */
export function groupKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/** `groupKey` for one analysis of many accounts: each distinct text is keyed once. */
export function groupKeyer(): (text: string) => string {
  const keys = new Map<string, string>();
  return (text) => {
    let key = keys.get(text);
    if (key === undefined) {
      key = groupKey(text);
      keys.set(text, key);
    }
    return key;
  };
}

export function isPremium(plan: string | undefined, premiumPlan: string): boolean {
  return plan !== undefined && groupKey(plan) === groupKey(premiumPlan);
}

interface PlanGroup {
  plan: string | undefined;
  members: Account[];
}

function groupByPlan(accounts: readonly Account[]): PlanGroup[] {
  const groups = new Map<string, PlanGroup>();
  const keyOf = groupKeyer();
  for (const account of accounts) {
    const plan = account.plan?.trim() === '' ? undefined : account.plan?.trim();
    const key = plan === undefined ? '\u0000none' : keyOf(plan);
    const group = groups.get(key) ?? { plan, members: [] };
    group.members.push(account);
    groups.set(key, group);
  }
  return [...groups.values()];
}

const sumMrr = (accounts: readonly Account[]) =>
  accounts.reduce((sum, account) => sum + (account.mrr ?? 0), 0);

/**
 * Display order: plans named in `planOrder` first, in that order; then the others from the
 * smallest to the largest average MRR per account (Basic, Standard, Premium in usual data), ties by
 * name; accounts without a plan last.
 */
function comparePlans(planOrder: readonly string[]) {
  const rank = (group: PlanGroup) => {
    if (group.plan === undefined) return Number.MAX_SAFE_INTEGER;
    const listed = planOrder.findIndex((name) => groupKey(name) === groupKey(group.plan ?? ''));
    return listed >= 0 ? listed : planOrder.length;
  };
  const average = (group: PlanGroup) => sumMrr(group.members) / group.members.length;
  return (a: PlanGroup, b: PlanGroup) =>
    rank(a) - rank(b) ||
    average(a) - average(b) ||
    (a.plan ?? '').localeCompare(b.plan ?? '', 'en');
}

function planChange(table: PeriodTable | undefined, members: readonly Account[]) {
  const count = table?.periods.length ?? 0;
  const [previous, last] = [table?.periods[count - 2], table?.periods[count - 1]];
  if (table === undefined || previous === undefined || last === undefined) return undefined;
  return mrrChange(
    previous.label,
    last.label,
    sheetTotal(table, members, count - 2),
    sheetTotal(table, members, count - 1),
  );
}

export function analysePlans(
  accounts: readonly Account[],
  history: PeriodTable | undefined,
  options: { premiumPlan: string; planOrder: readonly string[] },
): PlanSummary[] {
  const total = sumMrr(accounts);
  return groupByPlan(accounts)
    .sort(comparePlans(options.planOrder))
    .map((group) => {
      const mrr = sumMrr(group.members);
      return {
        plan: group.plan,
        accounts: group.members.length,
        mrr,
        share: total === 0 ? 0 : mrr / total,
        premium: isPremium(group.plan, options.premiumPlan),
        change: planChange(history, group.members),
      };
    });
}
