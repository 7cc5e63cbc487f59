import { describe, expect, it } from 'vitest';
import {
  analyseDashboard,
  DEFAULT_DASHBOARD_PARAMS,
} from '../../../src/slides/dashboard/analyse.js';
import { accountsModel, AUG_SEP, sevenAccounts, withMrrHistory } from './fixtures.js';

const params = DEFAULT_DASHBOARD_PARAMS;

describe('analyseDashboard: MRR history', () => {
  it('says there is no history without an MRR sheet', () => {
    const history = analyseDashboard(sevenAccounts(), params).history;
    expect(history).toEqual({
      present: false,
      periods: [],
      change: undefined,
      agreement: undefined,
    });
    expect(
      analyseDashboard(sevenAccounts(), params).plans.every((p) => p.change === undefined),
    ).toBe(true);
  });

  it('takes the change of total MRR from the MRR sheet’s last two periods', () => {
    const model = withMrrHistory(sevenAccounts(), ['Aug 2026', 'Sep 2026'], AUG_SEP);
    const { history } = analyseDashboard(model, params);
    // Aug: 900 + 1500 + 3000 + 4400 + 12000 + 500 + 0 = 22300; Sep: 22500 (= Accounts MRR).
    expect(history.change).toMatchObject({
      previousPeriod: 'Aug 2026',
      lastPeriod: 'Sep 2026',
      previous: 22_300,
      last: 22_500,
      absolute: 200,
    });
    // 200 / 22300 = 0.8969 %
    expect(history.change?.relative).toBeCloseTo(200 / 22_300, 12);
    expect(history.agreement).toEqual({
      period: 'Sep 2026',
      accountsTotal: 22_500,
      sheetTotal: 22_500,
      mismatches: [],
    });
  });

  it('splits the change by the accounts’ current plan', () => {
    const model = withMrrHistory(sevenAccounts(), ['Aug 2026', 'Sep 2026'], AUG_SEP);
    const changes = analyseDashboard(model, params).plans.map((plan) => [
      plan.plan,
      plan.change?.previous,
      plan.change?.last,
      plan.change?.relative,
    ]);
    expect(changes).toEqual([
      ['Basic', 2_400, 2_500, 100 / 2_400], // 900+1500 → 1000+1500: +4.17 %
      ['Standard', 7_400, 8_000, 600 / 7_400], // 3000+4400 → 4000+4000: +8.11 %
      ['Premium', 12_500, 12_000, -500 / 12_500], // 12000+500 → 12000+0: −4 %
      [undefined, 0, 0, undefined], // from 0: no percentage
    ]);
  });

  it('reports accounts whose latest MRR-sheet value differs from the Accounts MRR', () => {
    const values = { ...AUG_SEP, A5: [12_000, 12_500], A7: [0, 250] };
    const model = withMrrHistory(sevenAccounts(), ['Aug 2026', 'Sep 2026'], values);
    const { agreement, change } = analyseDashboard(model, params).history;
    // Sheet Sep: 22500 + 500 (Echo) + 250 (Golf, empty in Accounts) = 23250
    expect(agreement).toEqual({
      period: 'Sep 2026',
      accountsTotal: 22_500,
      sheetTotal: 23_250,
      mismatches: [
        { id: 'A5', name: 'Echo', accounts: 12_000, sheet: 12_500 },
        { id: 'A7', name: 'Golf', accounts: undefined, sheet: 250 },
      ],
    });
    // The change stays within the MRR sheet: 23250 − 22300 = 950.
    expect(change?.absolute).toBe(950);
  });

  it('shows no change with a single MRR period, but still checks agreement', () => {
    const single = Object.fromEntries(
      Object.entries(AUG_SEP).map(([id, [, sep]]) => [id, [sep ?? 0]]),
    );
    const model = withMrrHistory(sevenAccounts(), ['Sep 2026'], single);
    const { history } = analyseDashboard(model, params);
    expect(history.present).toBe(true);
    expect(history.change).toBeUndefined();
    expect(history.agreement?.mismatches).toEqual([]);
  });

  it('has no percentage when the previous MRR was 0', () => {
    const model = withMrrHistory(
      accountsModel([{ id: 'N', name: 'New', mrr: 800 }]),
      ['2026-08', '2026-09'],
      { N: [0, 800] },
    );
    expect(analyseDashboard(model, params).history.change).toMatchObject({
      absolute: 800,
      relative: undefined,
    });
  });
});
