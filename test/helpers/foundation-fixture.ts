/**
 * A small, complete input for the foundation pipeline (Deck, Accounts, Revenue): five accounts, three
 * fiscal years typed out of order, optional columns of every kind, and one extra sheet and column
 * that kamdeck must ignore. Tests derive bad inputs from it with `withCell` / `withSheet`.
 */
import type { FixtureSheet } from './workbook.js';

export const AS_OF = new Date(Date.UTC(2026, 8, 30));

const LONG_NAME =
  'Consolidated Regional Hospital Networks of the Northern Provinces Holding Company';

export function foundationSheets(): FixtureSheet[] {
  return [
    {
      name: 'Deck',
      rows: [
        ['Field', 'Value'],
        ['Title', 'Key Account Review'],
        ['Subtitle', 'Portfolio health and concentration'],
        ['Company', 'Meridian Cloud'],
        ['Period', 'Q3 2026'],
        ['Author', 'Sales Ops'],
        ['Currency', 'EUR'],
        ['As of', AS_OF],
      ],
    },
    {
      name: 'Accounts',
      rows: [
        ['Account ID', 'Account', 'Division', 'MRR', 'Onboarding %', 'Renewal date', 'Risk flag'],
        ['KA-1', 'Northwind Health', 'Provider', 12000, 1, new Date(Date.UTC(2027, 0, 31)), null],
        ['KA-2', 'Bluepeak Labs', 'Life Sciences', 8000.5, 0.5, null, 'yes'],
        ['KA-3', LONG_NAME, 'Provider', 4000, 0.25, new Date(Date.UTC(2026, 11, 1)), null],
        ['KA-4', 'Crescent Payers', 'Payer', null, null, null, null],
        ['KA-5', 'Delta Pharma', 'Life Sciences', 2500, 0, null, 'no'],
      ],
      numFmt: { 4: '0%', 5: 'yyyy-mm-dd' },
    },
    {
      name: 'Revenue',
      rows: [
        ['Account ID', 'Account', 'FY2026', '2024', 'FY2025', 'Notes'],
        ['KA-1', 'Northwind Health', { formula: 'E2*1.1', result: 550000 }, 400000, 500000, 'x'],
        ['KA-2', 'Bluepeak Labs', 250000.25, 300000, 280000, null],
        ['KA-3', LONG_NAME, 120000, 0, 60000, null],
        ['KA-4', 'Crescent Payers', 60000, 90000, 75000, 'churn risk'],
        ['KA-5', 'Delta Pharma', 19999.75, 10000, 15000, null],
      ],
    },
    {
      name: 'Scratch',
      rows: [
        ['Anything', 'Else'],
        ['not', 'read'],
      ],
    },
  ];
}
