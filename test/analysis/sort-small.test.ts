import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from '../../src/analysis/sort-small.js';

interface Item {
  key: number;
  name: string;
  at: number;
}

const byKeyThenName = (a: Item, b: Item) => a.key - b.key || a.name.localeCompare(b.name, 'en');

describe('sortSmall', () => {
  it('sorts like Array.prototype.sort, equal items kept in their order, short or long', () => {
    const item = fc.record({
      key: fc.integer({ min: 0, max: 3 }),
      name: fc.constantFrom('a', 'A', 'á', 'b', 'Ä'),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (drawn) => {
        const items = drawn.map((entry, at) => ({ ...entry, at }));
        const expected = [...items].sort(byKeyThenName);
        expect(sortSmall([...items], byKeyThenName)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('sorts in place and keeps ties in input order: 3a, 1b, 3c, 1d → 1b, 1d, 3a, 3c', () => {
    const items = [
      { key: 3, name: 'x', at: 0 },
      { key: 1, name: 'x', at: 1 },
      { key: 3, name: 'x', at: 2 },
      { key: 1, name: 'x', at: 3 },
    ];
    const sorted = sortSmall(items, byKeyThenName);
    expect(sorted).toBe(items);
    expect(sorted.map((entry) => entry.at)).toEqual([1, 3, 0, 2]);
  });
});
