import { describe, expect, it } from 'vitest';
import { divisionMapSlide } from '../../../src/slides/division-map/index.js';
import { makeModel } from '../../helpers/model.js';
import { division, divisionModel } from './fixtures.js';

const params = (options: Record<string, unknown> = {}) => divisionMapSlide.params.parse(options);

describe('division-map slide module', () => {
  it('defaults to up to 10 accounts', () => {
    expect(params()).toEqual({ maxAccounts: 10 });
    expect(params({ account: 42 })).toEqual({ maxAccounts: 10, account: '42' });
    expect(() => params({ maxAccounts: 0 })).toThrow();
  });

  it.each<
    [
      string,
      Parameters<NonNullable<typeof divisionMapSlide.unavailable>>[0],
      Record<string, unknown>,
      string | undefined,
    ]
  >([
    [
      'no sheet',
      makeModel(['FY2026'], [{ id: 'KA-1', revenue: [1] }]),
      {},
      'the workbook has no Divisions sheet',
    ],
    ['no rows', divisionModel(['EHR'], []), {}, 'the Divisions sheet has no divisions'],
    [
      'no offerings',
      divisionModel([], [division('KA-1', 'A', [])]),
      {},
      'the Divisions sheet has no offering columns',
    ],
    [
      'an account without rows',
      divisionModel(['EHR'], [division('KA-1', 'A', ['A'])]),
      { account: 'KA-2' },
      'account "KA-2" has no rows in the Divisions sheet',
    ],
    ['rows', divisionModel(['EHR'], [division('KA-1', 'A', ['A'])]), {}, undefined],
  ])('is unavailable with %s', (_, model, options, reason) => {
    expect(divisionMapSlide.unavailable?.(model, params(options))).toBe(reason);
  });

  it('refuses an account that is not in the Accounts sheet', () => {
    const model = divisionModel(['EHR'], [division('KA-1', 'A', ['A'])]);
    expect(divisionMapSlide.checkParams?.(model, params({ account: 'KA-9' }))).toBe(
      'account "KA-9" is not in the Accounts sheet',
    );
  });
});
