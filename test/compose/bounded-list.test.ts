import { describe, expect, it } from 'vitest';
import { boundedList, boundedMap, LIST_LIMIT, listLimit } from '../../src/compose/bounded-list.js';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('boundedList', () => {
  it.each([
    ['no items', 0, 0, 0],
    ['fewer than the limit', 3, 3, 0],
    ['exactly the limit', 5, 5, 0],
    ['one more than the limit', 6, 5, 1],
    ['many more than the limit', 10_000, 5, 9_995],
  ])('%s: keeps the first items and counts the rest', (_, count, kept, more) => {
    const list = boundedList(numbers(count), 5);
    expect(list.items).toEqual(numbers(kept));
    expect(list.more).toBe(more);
    expect(list.total).toBe(count);
  });

  it('keeps the whole list, in order, under the default limit', () => {
    expect(boundedList(numbers(LIST_LIMIT)).items).toEqual(numbers(LIST_LIMIT));
    expect(boundedList(numbers(LIST_LIMIT + 1))).toMatchObject({ more: 1, total: LIST_LIMIT + 1 });
    expect(boundedList(numbers(LIST_LIMIT + 1)).items).toHaveLength(LIST_LIMIT);
  });
});

describe('boundedMap', () => {
  it('maps only the items it keeps, with their index', () => {
    const seen: number[] = [];
    const list = boundedMap(
      numbers(1_000),
      (item, index) => {
        seen.push(index);
        return `#${item}`;
      },
      3,
    );
    expect(list).toEqual({ items: ['#1', '#2', '#3'], more: 997, total: 1_000 });
    expect(seen).toEqual([0, 1, 2]);
  });
});

describe('listLimit', () => {
  it("is the template's limit when it sets one, else the default", () => {
    expect(listLimit({})).toBe(LIST_LIMIT);
    expect(listLimit({ listLimit: 7 })).toBe(7);
  });
});
