/**
 * Scoring ranks accounts by combined score with ties by name (English collation: case and accents
 * matter only when the letters are the same) then id, and scores each dimension over the criteria
 * an account has. These cases pin that down for names that differ only in case or accents.
 */
import { describe, expect, it } from 'vitest';
import { analyseScoring, DEFAULT_SCORING_PARAMS } from '../../../src/slides/scoring/analyse.js';
import { EVEN_CRITERIA, scoringModel, type ScoredLine } from './fixtures.js';

const params = DEFAULT_SCORING_PARAMS;

describe('scoring ranks ties by name, then id', () => {
  it('orders equal scores by English collation of the names, then by id', () => {
    const same = [5, 5, 5, 5];
    const lines: ScoredLine[] = [
      { id: 'B2', name: 'Émile', scores: same },
      { id: 'B1', name: 'emile', scores: same },
      { id: 'B3', name: 'Emile', scores: same },
      { id: 'B0', name: 'Zoë', scores: same },
      { id: 'B5', name: 'zoe', scores: same },
      { id: 'B4', name: 'Emile', scores: same },
      { id: 'C1', name: 'Top', scores: [9, 9, 9, 9] },
    ];
    const expected = ['C1', 'B1', 'B3', 'B4', 'B2', 'B5', 'B0'];
    const ranked = analyseScoring(scoringModel(EVEN_CRITERIA, lines), params).accounts;
    expect(ranked.map((account) => account.id)).toEqual(expected);
    expect(ranked.map((account) => account.rank)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const reversed = analyseScoring(scoringModel(EVEN_CRITERIA, [...lines].reverse()), params);
    expect(reversed.accounts.map((account) => account.id)).toEqual(expected);
  });

  it('scores a dimension over the criteria given, and names the missing ones', () => {
    const lines: ScoredLine[] = [{ id: 'P', name: 'Partial', scores: [8, null, null, 4] }];
    const [account] = analyseScoring(scoringModel(EVEN_CRITERIA, lines), params).accounts;
    // growth: only G1 (8) counts; harmony: only H2 (4) counts; combined (8 + 4) / 2 = 6
    expect(account).toMatchObject({ growth: 8, harmony: 4, combined: 6 });
    expect(account?.missing).toEqual(['G2', 'H1']);
    expect(account?.scores).toEqual([8, null, null, 4]);
  });
});
