/** Dashboard models for compose tests and visual checks: a small hand-made book and N seeded accounts. */
import type { Account, KamModel, PeriodTable } from '../../../src/model/model.js';
import { parsePeriod } from '../../../src/model/periods.js';
import { makeModel, seededRandom } from '../../helpers/model.js';

export const LONG_NAME =
  'Consolidated Regional Hospital Networks of the Northern Provinces Holding Company';

type AccountFields = Omit<Account, 'id' | 'name'>;

/** A model from account fields only (revenue is irrelevant to the dashboard). */
export function accountsModel(
  accounts: readonly (AccountFields & { id: string; name?: string })[],
): KamModel {
  return makeModel(
    ['FY2026'],
    accounts.map(({ id, name, ...extra }) => ({
      id,
      ...(name === undefined ? {} : { name }),
      revenue: [0],
      extra,
    })),
  );
}

/** An MRR sheet over the model's accounts: `values[id]` gives one value per period. */
export function withMrrHistory(
  model: KamModel,
  labels: readonly string[],
  values: Record<string, number[]>,
): KamModel {
  const periods = labels.map((label) => {
    const period = parsePeriod(label);
    if (period === undefined) throw new Error(`bad period ${label}`);
    return period;
  });
  const table: PeriodTable = {
    periods,
    values: Object.fromEntries(
      model.accounts.map((account) => [account.id, values[account.id] ?? labels.map(() => 0)]),
    ),
  };
  return { ...model, mrr: table };
}

const PLANS = ['Basic', 'Standard', 'Premium'] as const;
const STATUSES = ['Completed', 'Completed', 'Completed', 'In progress', 'Not started', 'Stalled'];

/**
 * `count` seeded accounts with skewed MRR, three plans, scores with some gaps, a few risk flags
 * and every 25th account with a long name; with `history`, an MRR sheet Jul–Sep 2026 whose
 * September equals the Accounts MRR.
 */
export function manyDashboardAccounts(count: number, history = true): KamModel {
  const random = seededRandom(count);
  const accounts = Array.from({ length: count }, (_, index) => {
    const mrr = Math.round(400_000 / (index + 1) ** 0.9 / 100) * 100;
    const plan = PLANS[index < count / 6 ? 2 : index < count / 2 ? 1 : 0] ?? 'Basic';
    return {
      id: `A${String(index + 1).padStart(3, '0')}`,
      name:
        index % 25 === 0
          ? `${LONG_NAME} ${index + 1}`
          : `Account ${String(index + 1).padStart(3, '0')}`,
      plan,
      mrr,
      ...(plan === 'Premium' ? {} : { upsellMrr: Math.round(mrr * 0.4) }),
      onboarding: STATUSES[Math.floor(random() * STATUSES.length)] ?? 'Completed',
      ...(random() < 0.1 ? {} : { satisfaction: Math.round((3 + random() * 7) * 10) / 10 }),
      engagement: Math.round(15 + random() * 85),
      daysInQueue: Math.floor(random() * 120),
      renewalDate: new Date(Date.UTC(2026, 10 + Math.floor(random() * 24), 0)),
      riskFlag: random() < 0.05,
    };
  });
  const model = accountsModel(accounts);
  if (!history) return model;
  const values = Object.fromEntries(
    accounts.map((account) => {
      const aug = Math.round(account.mrr * (0.9 + random() * 0.15));
      return [account.id, [Math.round(aug * 0.98), aug, account.mrr]];
    }),
  );
  return withMrrHistory(model, ['Jul 2026', 'Aug 2026', 'Sep 2026'], values);
}

/**
 * Seven accounts, chosen so every rule shows:
 *   id  name     plan      MRR    upsell  onboarding   sat  eng  days flag
 *   A1  Alpha    Basic     1000   600     Completed    8    70   5
 *   A2  Bravo    Basic     1500   900     In progress  5.9  40   10        sat < 6 → endangered
 *   A3  Charlie  Standard  4000   1500    In progress  6    39   30        eng < 40 → endangered
 *   A4  Delta    Standard  4000   1000    Stalled      –    80   45   yes  flag → endangered (renews 2026-12-31)
 *   A5  Echo     Premium   12000  2000    Completed    9    90   0         (premium: upsell ignored)
 *   A6  Foxtrot  Premium   0      –       Not started  4    20   60   yes  endangered, but no MRR
 *   A7  Golf     –         –      300     –            7    40   –         eng = 40: not endangered
 */
export function sevenAccounts(): KamModel {
  return accountsModel([
    {
      id: 'A1',
      name: 'Alpha',
      plan: 'Basic',
      mrr: 1000,
      upsellMrr: 600,
      onboarding: 'Completed',
      onboardingPct: 1,
      satisfaction: 8,
      engagement: 70,
      daysInQueue: 5,
    },
    {
      id: 'A2',
      name: 'Bravo',
      plan: 'Basic',
      mrr: 1500,
      upsellMrr: 900,
      onboarding: 'In progress',
      onboardingPct: 0.5,
      satisfaction: 5.9,
      engagement: 40,
      daysInQueue: 10,
    },
    {
      id: 'A3',
      name: 'Charlie',
      plan: 'Standard',
      mrr: 4000,
      upsellMrr: 1500,
      onboarding: 'In progress',
      onboardingPct: 0.7,
      satisfaction: 6,
      engagement: 39,
      daysInQueue: 30,
    },
    {
      id: 'A4',
      name: 'Delta',
      plan: 'Standard',
      mrr: 4000,
      upsellMrr: 1000,
      onboarding: 'Stalled',
      onboardingPct: 0.3,
      engagement: 80,
      daysInQueue: 45,
      renewalDate: new Date(Date.UTC(2026, 11, 31)),
      riskFlag: true,
    },
    {
      id: 'A5',
      name: 'Echo',
      plan: 'Premium',
      mrr: 12000,
      upsellMrr: 2000,
      onboarding: 'Completed',
      onboardingPct: 1,
      satisfaction: 9,
      engagement: 90,
      daysInQueue: 0,
    },
    {
      id: 'A6',
      name: 'Foxtrot',
      plan: 'Premium',
      mrr: 0,
      onboarding: 'Not started',
      onboardingPct: 0,
      satisfaction: 4,
      engagement: 20,
      daysInQueue: 60,
      riskFlag: true,
    },
    { id: 'A7', name: 'Golf', upsellMrr: 300, satisfaction: 7, engagement: 40 },
  ]);
}

/** MRR sheet Aug → Sep 2026; September equals the Accounts MRR (A7's empty MRR counts as 0). */
export const AUG_SEP: Record<string, number[]> = {
  A1: [900, 1000],
  A2: [1500, 1500],
  A3: [3000, 4000],
  A4: [4400, 4000],
  A5: [12000, 12000],
  A6: [500, 0],
  A7: [0, 0],
};
