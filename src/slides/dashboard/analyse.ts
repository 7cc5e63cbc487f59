/**
 * The key-account dashboard, from the Accounts sheet (and the MRR sheet when present):
 * - MRR: current MRR is the Accounts sheet's MRR column (an empty cell counts as 0 and the account
 *   is named in the notes). The MRR sheet, when present, gives the latest period and the change
 *   against the period before it (history.ts); plans.ts splits both by plan.
 * - Onboarding status counts (onboarding.ts); average satisfaction over the accounts that have a
 *   score (missing scores are left out, not counted as 0).
 * - Upsell opportunity: the Upsell MRR of accounts not on the premium plan (an upsell value written
 *   for a premium account is ignored and counted for the notes).
 * - Endangered accounts and MRR at risk (endangered.ts).
 */
import type { Account, KamModel } from '../../model/model.js';
import { analyseEndangered, type EndangeredSummary } from './endangered.js';
import { analyseHistory, type MrrHistory } from './history.js';
import { analyseOnboarding, type OnboardingGroup } from './onboarding.js';
import { analysePlans, groupKey, groupKeyer, type PlanSummary } from './plans.js';

export interface DashboardParams {
  /** Endangered when engagement < this (0–100). */
  engagementBelow: number;
  /** Endangered when satisfaction < this (0–10). */
  satisfactionBelow: number;
  /** Endangered accounts listed on the slides; the rest are counted. */
  maxListed: number;
  /** The plan that upsell MRR moves accounts to. */
  premiumPlan: string;
  /** Plans in display order; others follow by average MRR per account. */
  planOrder: string[];
}

export const DEFAULT_DASHBOARD_PARAMS: DashboardParams = {
  engagementBelow: 40,
  satisfactionBelow: 6,
  maxListed: 10,
  premiumPlan: 'Premium',
  planOrder: [],
};

export interface AccountRef {
  id: string;
  name: string;
}

export interface SatisfactionSummary {
  /** Mean over rated accounts; undefined when none is rated. */
  average: number | undefined;
  rated: number;
  unrated: number;
}

export interface UpsellSummary {
  /** Sum of Upsell MRR over non-premium accounts. */
  total: number;
  /** Non-premium accounts with an upsell value above 0. */
  accounts: number;
  /** Accounts not on the premium plan (with or without an upsell value). */
  nonPremiumAccounts: number;
  /** total / current MRR (0 when MRR is 0). */
  shareOfMrr: number;
  /** Premium accounts whose Upsell MRR (> 0) was ignored. */
  ignoredPremium: AccountRef[];
  /** Whether any account is on the premium plan (a misspelt premiumPlan finds none). */
  premiumFound: boolean;
}

export interface DashboardResult {
  params: DashboardParams;
  accountCount: number;
  /** Current MRR: sum of the Accounts sheet's MRR column. */
  totalMrr: number;
  /** Accounts whose MRR cell is empty (counted as 0). */
  withoutMrr: AccountRef[];
  history: MrrHistory;
  plans: PlanSummary[];
  onboarding: OnboardingGroup[];
  satisfaction: SatisfactionSummary;
  upsell: UpsellSummary;
  endangered: EndangeredSummary;
}

const ref = (account: Account): AccountRef => ({ id: account.id, name: account.name });

export function analyseSatisfaction(accounts: readonly Account[]): SatisfactionSummary {
  const scores = accounts.flatMap((account) =>
    account.satisfaction === undefined ? [] : [account.satisfaction],
  );
  return {
    average:
      scores.length === 0
        ? undefined
        : scores.reduce((sum, score) => sum + score, 0) / scores.length,
    rated: scores.length,
    unrated: accounts.length - scores.length,
  };
}

export function analyseUpsell(
  accounts: readonly Account[],
  premiumPlan: string,
  totalMrr: number,
): UpsellSummary {
  // isPremium, with the premium plan and each distinct plan keyed once.
  const [premiumKey, keyOf] = [groupKey(premiumPlan), groupKeyer()];
  const onPremium = (account: Account) =>
    account.plan !== undefined && keyOf(account.plan) === premiumKey;
  const premium = accounts.filter(onPremium);
  const others = accounts.filter((account) => !onPremium(account));
  const total = others.reduce((sum, account) => sum + (account.upsellMrr ?? 0), 0);
  return {
    total,
    accounts: others.filter((account) => (account.upsellMrr ?? 0) > 0).length,
    nonPremiumAccounts: others.length,
    shareOfMrr: totalMrr === 0 ? 0 : total / totalMrr,
    ignoredPremium: premium.filter((account) => (account.upsellMrr ?? 0) > 0).map(ref),
    premiumFound: premium.length > 0,
  };
}

export function analyseDashboard(model: KamModel, params: DashboardParams): DashboardResult {
  const accounts = model.accounts;
  const totalMrr = accounts.reduce((sum, account) => sum + (account.mrr ?? 0), 0);
  return {
    params,
    accountCount: accounts.length,
    totalMrr,
    withoutMrr: accounts.filter((account) => account.mrr === undefined).map(ref),
    history: analyseHistory(model.mrr, accounts),
    plans: analysePlans(accounts, model.mrr, params),
    onboarding: analyseOnboarding(accounts),
    satisfaction: analyseSatisfaction(accounts),
    upsell: analyseUpsell(accounts, params.premiumPlan, totalMrr),
    endangered: analyseEndangered(accounts, params, params.maxListed, totalMrr),
  };
}
