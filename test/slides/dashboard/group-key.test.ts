import { describe, expect, it } from 'vitest';
import { groupKey, groupKeyer } from '../../../src/slides/dashboard/plans.js';

describe('groupKeyer', () => {
  it('keys every text as groupKey does, however often it is asked', () => {
    const keyOf = groupKeyer();
    const texts = [' Premium ', 'premium', 'PREMIUM  plus', 'Prémium', 'premium', ' Premium '];
    expect(texts.map(keyOf)).toEqual(texts.map(groupKey));
    expect(keyOf('Premium   Plus')).toBe('premium plus');
  });
});
