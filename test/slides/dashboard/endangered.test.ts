import { describe, expect, it } from 'vitest';
import {
  analyseDashboard,
  DEFAULT_DASHBOARD_PARAMS,
  type DashboardParams,
} from '../../../src/slides/dashboard/analyse.js';
import { accountsModel, sevenAccounts } from './fixtures.js';

const params = DEFAULT_DASHBOARD_PARAMS;

describe('analyseDashboard: endangered accounts', () => {
  const result = analyseDashboard(sevenAccounts(), params);

  it('lists them by MRR, then days in queue (longest first), with their reasons', () => {
    // Delta and Charlie both have 4000: Delta waited 45 days, Charlie 30 → Delta first.
    expect(result.endangered.accounts.map((account) => [account.name, account.reasons])).toEqual([
      ['Delta', [{ kind: 'riskFlag' }]],
      ['Charlie', [{ kind: 'engagement', value: 39 }]],
      ['Bravo', [{ kind: 'satisfaction', value: 5.9 }]],
    ]);
  });

  it('puts their MRR at risk: 4000 + 4000 + 1500 = 9500, 9500 / 22500 of MRR', () => {
    expect(result.endangered.mrrAtRisk).toBe(9_500);
    expect(result.endangered.shareOfMrr).toBeCloseTo(19 / 45, 12);
  });

  it('keeps accounts without MRR off the list and names them apart', () => {
    expect(result.endangered.withoutMrr.map((account) => [account.name, account.reasons])).toEqual([
      [
        'Foxtrot',
        [
          { kind: 'engagement', value: 20 },
          { kind: 'satisfaction', value: 4 },
          { kind: 'riskFlag' },
        ],
      ],
    ]);
  });

  it('lists at most maxListed and counts the rest with their MRR', () => {
    const two = analyseDashboard(sevenAccounts(), { ...params, maxListed: 2 }).endangered;
    expect(two.listed.map((account) => account.name)).toEqual(['Delta', 'Charlie']);
    expect(two.rest).toEqual({ count: 1, mrr: 1_500 });
    expect(two.mrrAtRisk).toBe(9_500);
  });

  const one = (fields: Partial<{ engagement: number; satisfaction: number; riskFlag: boolean }>) =>
    accountsModel([{ id: 'X', name: 'X', mrr: 100, ...fields }]);

  it.each([
    // [what, fields, endangered?]
    ['engagement 39.9 < 40', { engagement: 39.9 }, true],
    ['engagement exactly 40 is not below 40', { engagement: 40 }, false],
    ['engagement 40.1', { engagement: 40.1 }, false],
    ['satisfaction 5.99 < 6', { satisfaction: 5.99 }, true],
    ['satisfaction exactly 6 is not below 6', { satisfaction: 6 }, false],
    ['risk flag alone', { engagement: 95, satisfaction: 10, riskFlag: true }, true],
    ['risk flag false', { riskFlag: false }, false],
    ['no scores at all: unknown is not low', {}, false],
    ['engagement 0', { engagement: 0 }, true],
  ])('%s → endangered: %s', (_, fields, endangered) => {
    const result = analyseDashboard(one(fields), params);
    expect(result.endangered.accounts.length).toBe(endangered ? 1 : 0);
  });

  it.each([
    // thresholds move the boundary: engagement 45 is endangered below 50, not below 40
    [{ engagementBelow: 50 }, { engagement: 45 }, true],
    [{ engagementBelow: 45 }, { engagement: 45 }, false],
    [{ satisfactionBelow: 7.5 }, { satisfaction: 7 }, true],
    [{ satisfactionBelow: 7 }, { satisfaction: 7 }, false],
  ])('thresholds %o with %o → endangered: %s', (thresholds, fields, endangered) => {
    const custom: DashboardParams = { ...params, ...thresholds };
    expect(analyseDashboard(one(fields), custom).endangered.accounts.length).toBe(
      endangered ? 1 : 0,
    );
  });

  it('breaks full ties (same MRR, same days) by name, then id, whatever the input order', () => {
    const model = accountsModel([
      { id: 'Z2', name: 'Same', mrr: 500, daysInQueue: 3, riskFlag: true },
      { id: 'Z9', name: 'Beta', mrr: 500, daysInQueue: 3, riskFlag: true },
      { id: 'Z1', name: 'Same', mrr: 500, daysInQueue: 3, riskFlag: true },
      { id: 'Z5', name: 'Alpha', mrr: 500, riskFlag: true }, // no days: counts as 0 → last
      { id: 'Z7', name: 'Zulu', mrr: 900, daysInQueue: 0, riskFlag: true }, // largest MRR → first
    ]);
    expect(
      analyseDashboard(model, params).endangered.accounts.map((account) => account.id),
    ).toEqual(['Z7', 'Z9', 'Z1', 'Z2', 'Z5']);
  });
});
