import { describe, expect, it } from 'vitest';
import { timelineSlide } from '../../../src/slides/timeline/index.js';
import { makeModel } from '../../helpers/model.js';
import { task, timelineModel } from './fixtures.js';

const params = (options: Record<string, unknown> = {}) => timelineSlide.params.parse(options);

describe('timeline slide module', () => {
  it('defaults to every task on an automatic scale', () => {
    expect(params()).toEqual({ scale: 'auto' });
    // --set timeline.account=1001 arrives as a number; IDs are text.
    expect(params({ account: 1001 })).toEqual({ scale: 'auto', account: '1001' });
    expect(() => params({ scale: 'day' })).toThrow();
    expect(() => params({ unknown: 1 })).toThrow();
  });

  it.each<
    [
      string,
      Parameters<NonNullable<typeof timelineSlide.unavailable>>[0],
      Record<string, unknown>,
      string | undefined,
    ]
  >([
    [
      'no sheet',
      makeModel(['FY2026'], [{ id: 'KA-1', revenue: [1] }]),
      {},
      'the workbook has no Timeline sheet',
    ],
    ['no tasks', timelineModel([]), {}, 'the Timeline sheet has no tasks'],
    [
      'an account without tasks',
      timelineModel([task({ task: 'A', accountId: 'KA-1' })]),
      { account: 'KA-2' },
      'account "KA-2" has no tasks in the Timeline sheet',
    ],
    ['tasks', timelineModel([task({ task: 'A' })]), {}, undefined],
  ])('is unavailable with %s', (_, model, options, reason) => {
    expect(timelineSlide.unavailable?.(model, params(options))).toBe(reason);
  });

  it('refuses an account that is not in the Accounts sheet', () => {
    const model = timelineModel([task({ task: 'A' })]);
    expect(timelineSlide.unavailable?.(model, params({ account: 'KA-9' }))).toBeUndefined();
    expect(timelineSlide.checkParams?.(model, params({ account: 'KA-9' }))).toBe(
      'account "KA-9" is not in the Accounts sheet',
    );
  });
});
