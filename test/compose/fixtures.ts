/** Models for compose tests: five accounts with long names, and 300 seeded accounts. */
import type { KamModel } from '../../src/model/model.js';
import { makeModel, seededRandom } from '../helpers/model.js';

export const LONG_NAMES = [
  'Consolidated Regional Hospital Networks of the Northern Provinces Holding Company',
  'Saint Bartholomew and All Angels Teaching Hospital Foundation Trust of the Lowlands',
];

/** Five accounts over two years; the largest and the smallest have long names. */
export function fiveAccounts(): KamModel {
  return makeModel(
    ['FY2025', 'FY2026'],
    [
      { id: 'K1', name: LONG_NAMES[0], revenue: [300_000, 500_000] },
      { id: 'K2', name: 'Bluepeak Labs', revenue: [250_000, 250_000] },
      { id: 'K3', name: 'Crescent Payers', revenue: [200_000, 120_000] },
      { id: 'K4', name: 'Delta Pharma', revenue: [10_000, 90_000] },
      { id: 'K5', name: LONG_NAMES[1], revenue: [40_000, 40_000] },
    ],
  );
}

/** 300 accounts over three years with skewed revenue; every 25th account has a long name. */
export function manyAccounts(count = 300): KamModel {
  const random = seededRandom(300);
  return makeModel(
    ['FY2024', 'FY2025', 'FY2026'],
    Array.from({ length: count }, (_, index) => {
      const scale = 5_000_000 / (index + 1) ** 1.2;
      const name =
        index % 25 === 0
          ? `${LONG_NAMES[(index / 25) % 2] ?? ''} ${index + 1}`
          : `Account ${String(index + 1).padStart(3, '0')}`;
      return {
        id: `A${index + 1}`,
        name,
        revenue: [0, 1, 2].map(() => Math.round(scale * (0.5 + random()) * 100) / 100),
      };
    }),
  );
}
