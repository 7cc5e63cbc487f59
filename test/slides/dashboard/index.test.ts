import { describe, expect, it } from 'vitest';
import { dashboardSlide } from '../../../src/slides/dashboard/index.js';
import { accountsModel, sevenAccounts } from './fixtures.js';

describe('dashboard slide module', () => {
  it('defaults: engagement < 40, satisfaction < 6, 10 listed, premium plan "Premium"', () => {
    expect(dashboardSlide.params.parse({})).toEqual({
      engagementBelow: 40,
      satisfactionBelow: 6,
      maxListed: 10,
      premiumPlan: 'Premium',
      planOrder: [],
    });
  });

  it('accepts options as --set gives them (numbers, comma lists)', () => {
    expect(
      dashboardSlide.params.parse({ premiumPlan: 2026, planOrder: 'Basic, Standard,Premium' }),
    ).toMatchObject({ premiumPlan: '2026', planOrder: ['Basic', 'Standard', 'Premium'] });
  });

  it.each([
    [{ engagementBelow: 101 }],
    [{ satisfactionBelow: -1 }],
    [{ maxListed: 0 }],
    [{ maxListed: 2.5 }],
    [{ premiumPlan: ' ' }],
    [{ unknownOption: 1 }],
  ])('rejects %o', (options) => {
    expect(dashboardSlide.params.safeParse(options).success).toBe(false);
  });

  it('is unavailable without accounts or without any MRR value', () => {
    const params = dashboardSlide.params.parse({});
    expect(dashboardSlide.unavailable?.(accountsModel([]), params)).toBe(
      'the Accounts sheet has no accounts',
    );
    expect(dashboardSlide.unavailable?.(accountsModel([{ id: 'A', plan: 'Basic' }]), params)).toBe(
      'the Accounts sheet has no MRR values (column "MRR")',
    );
    expect(dashboardSlide.unavailable?.(sevenAccounts(), params)).toBeUndefined();
  });
});
