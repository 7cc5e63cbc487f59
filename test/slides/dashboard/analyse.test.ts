import { describe, expect, it } from 'vitest';
import {
  analyseDashboard,
  DEFAULT_DASHBOARD_PARAMS,
} from '../../../src/slides/dashboard/analyse.js';
import { onboardingStage } from '../../../src/slides/dashboard/onboarding.js';
import { accountsModel, manyDashboardAccounts, sevenAccounts } from './fixtures.js';

const params = DEFAULT_DASHBOARD_PARAMS;

describe('analyseDashboard: MRR, plans, satisfaction, upsell (hand-computed)', () => {
  const result = analyseDashboard(sevenAccounts(), params);

  it('totals MRR over the Accounts sheet, an empty MRR counting as 0', () => {
    // 1000 + 1500 + 4000 + 4000 + 12000 + 0 + (empty → 0) = 22500
    expect(result.totalMrr).toBe(22_500);
    expect(result.accountCount).toBe(7);
    expect(result.withoutMrr).toEqual([{ id: 'A7', name: 'Golf' }]);
  });

  it('splits MRR by plan, ordered by average MRR per account, accounts without a plan last', () => {
    // Basic 1000+1500 = 2500 (avg 1250); Standard 4000+4000 = 8000 (avg 4000);
    // Premium 12000+0 = 12000 (avg 6000); no plan: Golf, 0.
    expect(
      result.plans.map(({ plan, accounts, mrr, premium }) => ({ plan, accounts, mrr, premium })),
    ).toEqual([
      { plan: 'Basic', accounts: 2, mrr: 2_500, premium: false },
      { plan: 'Standard', accounts: 2, mrr: 8_000, premium: false },
      { plan: 'Premium', accounts: 2, mrr: 12_000, premium: true },
      { plan: undefined, accounts: 1, mrr: 0, premium: false },
    ]);
    // Shares of 22500: 2500/22500 = 1/9, 8000/22500 = 16/45, 12000/22500 = 8/15.
    expect(result.plans.map((plan) => plan.share)).toEqual([1 / 9, 16 / 45, 8 / 15, 0]);
  });

  it('averages satisfaction over rated accounts only (Delta has no score)', () => {
    // (8 + 5.9 + 6 + 9 + 4 + 7) / 6 = 39.9 / 6 = 6.65 — not 39.9 / 7 = 5.7
    expect(result.satisfaction.average).toBeCloseTo(6.65, 12);
    expect(result.satisfaction).toMatchObject({ rated: 6, unrated: 1 });
  });

  it('sums the upsell MRR of non-premium accounts and ignores a premium account’s upsell', () => {
    // Alpha 600 + Bravo 900 + Charlie 1500 + Delta 1000 + Golf 300 = 4300; Echo's 2000 is ignored.
    expect(result.upsell).toMatchObject({
      total: 4_300,
      accounts: 5,
      nonPremiumAccounts: 5,
      ignoredPremium: [{ id: 'A5', name: 'Echo' }],
      premiumFound: true,
    });
    expect(result.upsell.shareOfMrr).toBeCloseTo(4_300 / 22_500, 12);
  });

  it('counts onboarding statuses in pipeline order with the average progress', () => {
    expect(result.onboarding).toEqual([
      { status: 'Not started', stage: 'notStarted', accounts: 1, averagePct: 0 },
      // (0.5 + 0.7) / 2 = 0.6
      { status: 'In progress', stage: 'inProgress', accounts: 2, averagePct: 0.6 },
      { status: 'Stalled', stage: 'stalled', accounts: 1, averagePct: 0.3 },
      { status: 'Completed', stage: 'completed', accounts: 2, averagePct: 1 },
      { status: undefined, stage: 'missing', accounts: 1, averagePct: undefined },
    ]);
  });

  it('finds no premium plan when premiumPlan names none, and counts every account as upsell', () => {
    const other = analyseDashboard(sevenAccounts(), { ...params, premiumPlan: 'Gold' });
    // 4300 + Echo's 2000 = 6300
    expect(other.upsell).toMatchObject({
      total: 6_300,
      premiumFound: false,
      nonPremiumAccounts: 7,
    });
    expect(other.plans.some((plan) => plan.premium)).toBe(false);
  });
});

describe('analyseDashboard: plans and statuses as written', () => {
  it('groups plan spellings that differ only in case and spaces; premium matches the same way', () => {
    const model = accountsModel([
      { id: 'P1', plan: 'premium', mrr: 10 },
      { id: 'P2', plan: ' Premium ', mrr: 20 },
      { id: 'P3', plan: 'Basic', mrr: 5 },
    ]);
    const plans = analyseDashboard(model, { ...params, premiumPlan: 'PREMIUM' }).plans;
    expect(plans.map(({ plan, accounts, mrr, premium }) => [plan, accounts, mrr, premium])).toEqual(
      [
        ['Basic', 1, 5, false],
        ['premium', 2, 30, true], // spelled as first written
      ],
    );
  });

  it('follows planOrder first, then average MRR', () => {
    const plans = analyseDashboard(sevenAccounts(), {
      ...params,
      planOrder: ['premium', 'Basic'],
    }).plans;
    expect(plans.map((plan) => plan.plan)).toEqual(['Premium', 'Basic', 'Standard', undefined]);
  });

  it.each([
    ['Not started', 'notStarted'],
    ['TO DO', 'notStarted'],
    ['in  progress', 'inProgress'],
    ['Blocked', 'stalled'],
    ['On hold', 'stalled'],
    ['Done', 'completed'],
    ['Live', 'completed'],
    ['Pilot', 'other'],
    ['  ', 'missing'],
    [undefined, 'missing'],
  ])('onboarding status %j is stage %s', (status, stage) => {
    expect(onboardingStage(status)).toBe(stage);
  });
});

describe('analyseDashboard: edge cases and scale', () => {
  it('handles no accounts', () => {
    const result = analyseDashboard(accountsModel([]), params);
    expect(result.totalMrr).toBe(0);
    expect(result.plans).toEqual([]);
    expect(result.onboarding).toEqual([]);
    expect(result.satisfaction).toEqual({ average: undefined, rated: 0, unrated: 0 });
    expect(result.endangered).toMatchObject({ accounts: [], mrrAtRisk: 0, shareOfMrr: 0 });
    expect(result.upsell).toMatchObject({ total: 0, shareOfMrr: 0 });
  });

  it('handles a single healthy account', () => {
    const model = accountsModel([
      { id: 'S', name: 'Solo', plan: 'Premium', mrr: 700, satisfaction: 9, engagement: 80 },
    ]);
    const result = analyseDashboard(model, params);
    expect(result.plans).toMatchObject([{ plan: 'Premium', accounts: 1, mrr: 700, share: 1 }]);
    expect(result.endangered.accounts).toEqual([]);
    expect(result.satisfaction.average).toBe(9);
  });

  it('300 accounts: plans partition accounts and MRR; the list is ordered and reconciles', () => {
    const model = manyDashboardAccounts(300);
    const result = analyseDashboard(model, params);
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    expect(sum(result.plans.map((plan) => plan.accounts))).toBe(300);
    expect(sum(result.plans.map((plan) => plan.mrr))).toBe(result.totalMrr);
    expect(sum(result.onboarding.map((group) => group.accounts))).toBe(300);
    const { endangered } = result;
    expect(endangered.listed).toHaveLength(10);
    expect(endangered.listed.length + endangered.rest.count).toBe(endangered.accounts.length);
    expect(sum(endangered.listed.map((a) => a.mrr)) + endangered.rest.mrr).toBe(
      endangered.mrrAtRisk,
    );
    endangered.accounts.forEach((account, index) => {
      expect(account.reasons.length).toBeGreaterThan(0);
      const next = endangered.accounts[index + 1];
      if (next !== undefined) {
        expect(account.mrr).toBeGreaterThanOrEqual(next.mrr);
        if (account.mrr === next.mrr)
          expect(account.daysInQueue ?? 0).toBeGreaterThanOrEqual(next.daysInQueue ?? 0);
      }
    });
    // The fixture's September equals the Accounts MRR.
    expect(result.history.agreement?.mismatches).toEqual([]);
  });
});
