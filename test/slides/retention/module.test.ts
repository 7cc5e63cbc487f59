import { describe, expect, it } from 'vitest';
import { retentionSlide } from '../../../src/slides/retention/index.js';
import { makeModel } from '../../helpers/model.js';
import { mrrModel } from './fixtures.js';

describe('the retention slide module', () => {
  it.each([
    [{}, {}],
    [
      { from: 'Oct 2025', to: 'Dec 2025' },
      { from: 'Oct 2025', to: 'Dec 2025' },
    ],
    // --set retention.from=2025 arrives as a number
    [{ from: 2025 }, { from: '2025' }],
  ])('reads params %j as %j', (input, parsed) => {
    expect(retentionSlide.params.parse(input)).toEqual(parsed);
  });

  it.each([[{ window: 3 }], [{ from: '' }], [{ to: 2025.5 }]])('rejects params %j', (input) => {
    expect(retentionSlide.params.safeParse(input).success).toBe(false);
  });

  it('is unavailable without an MRR sheet or with a single period', () => {
    const noSheet = makeModel(['FY2026'], [{ id: 'A', revenue: [1] }]);
    const onePeriod = mrrModel(['Oct 2025'], [{ id: 'A', mrr: [1] }]);
    const twoPeriods = mrrModel(['Oct 2025', 'Nov 2025'], [{ id: 'A', mrr: [1, 2] }]);
    expect(retentionSlide.unavailable?.(noSheet, {})).toBe('the workbook has no MRR sheet');
    expect(retentionSlide.unavailable?.(onePeriod, {})).toBe(
      'the MRR sheet has fewer than two periods; retention compares at least two',
    );
    expect(retentionSlide.unavailable?.(twoPeriods, {})).toBeUndefined();
  });

  it('reports a window outside the MRR periods as a usage problem', () => {
    const model = mrrModel(['Oct 2025', 'Nov 2025'], [{ id: 'A', mrr: [1, 2] }]);
    expect(retentionSlide.checkParams?.(model, { from: '2027' })).toBe(
      'period "2027" is not in the MRR sheet (periods: Oct 2025, Nov 2025)',
    );
  });
});
