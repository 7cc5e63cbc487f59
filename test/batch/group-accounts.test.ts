import { describe, expect, it } from 'vitest';
import { groupAccounts, UNASSIGNED } from '../../src/batch/group-accounts.js';
import { restrictModel } from '../../src/batch/restrict-model.js';
import { makeModel } from '../helpers/model.js';

const model = makeModel(
  ['FY2025', 'FY2026'],
  [
    { id: 'A1', name: 'Alpha', revenue: [10, 20], extra: { division: 'West', kam: 'Ann' } },
    { id: 'A2', name: 'Beta', revenue: [5, 5], extra: { division: 'east', kam: 'Bo' } },
    { id: 'A3', name: 'Gamma', revenue: [1, 2], extra: { division: 'East', kam: 'Ann' } },
    { id: 'A4', name: 'Alpha', revenue: [0, 3] },
  ],
);

describe('groupAccounts', () => {
  it('groups by division case-insensitively, alphabetical, unassigned last', () => {
    expect(groupAccounts(model.accounts, 'division')).toEqual([
      { label: 'east', accountIds: ['A2', 'A3'] },
      { label: 'West', accountIds: ['A1'] },
      { label: UNASSIGNED, accountIds: ['A4'] },
    ]);
  });

  it('gives two accounts with the same name their own decks', () => {
    const groups = groupAccounts(model.accounts, 'account');
    expect(groups.map((group) => group.accountIds)).toEqual([['A1'], ['A4'], ['A2'], ['A3']]);
  });
});

describe('restrictModel', () => {
  it('keeps only the group accounts and their revenue, and names the scope', () => {
    const restricted = restrictModel(model, new Set(['A2', 'A3']), {
      by: 'division',
      value: 'East',
    });
    expect(restricted.accounts.map((account) => account.id)).toEqual(['A2', 'A3']);
    expect(restricted.revenue.values).toEqual({ A2: [5, 5], A3: [1, 2] });
    expect(restricted.revenue.periods).toBe(model.revenue.periods);
    expect(restricted.deck.scope).toEqual({ by: 'division', value: 'East' });
    expect(model.accounts).toHaveLength(4);
  });
});
