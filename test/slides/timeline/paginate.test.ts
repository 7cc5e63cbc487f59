import { describe, expect, it } from 'vitest';
import { paginateGroups, type Page } from '../../../src/slides/timeline/paginate.js';
import { seededRandom } from '../../helpers/model.js';

const group = (name: string, size: number) => ({
  name,
  items: Array.from({ length: size }, (_, index) => `${name}${index + 1}`),
});

/** "A3" for three rows of A, "B8+" for eight continued rows of B. */
const shape = (pages: Page<string>[]) =>
  pages.map((page) => page.map((s) => `${s.name}${s.items.length}${s.continued ? '+' : ''}`));

describe('paginateGroups', () => {
  it.each<[string, number[], number, string[][]]>([
    ['everything fits on one slide', [3, 4], 8, [['A3', 'B4']]],
    [
      'a group that does not fit what is left starts the next slide',
      [3, 4, 5],
      8,
      [['A3', 'B4'], ['C5']],
    ],
    ['a group exactly filling a slide', [8, 1], 8, [['A8'], ['B1']]],
    // 2 + 6 = 8; then 8 and 6 more rows of B, continued.
    [
      'a group taller than a slide is split, later parts continued',
      [2, 20],
      8,
      [['A2', 'B6'], ['B8+'], ['B6+']],
    ],
    // Only 2 rows left (< 3): the tall group starts on a fresh slide.
    [
      'a split group does not start with fewer than 3 rows',
      [6, 20],
      8,
      [['A6'], ['B8'], ['B8+'], ['B4+']],
    ],
    ['one row per slide', [2, 1], 1, [['A1'], ['A1+'], ['B1']]],
    ['empty groups are skipped', [0, 2, 0], 8, [['B2']]],
    ['no groups, no slides', [], 8, []],
  ])('%s', (_, sizes, capacity, expected) => {
    const groups = sizes.map((size, index) => group(String.fromCharCode(65 + index), size));
    expect(shape(paginateGroups(groups, capacity))).toEqual(expected);
  });

  it('keeps order, respects capacity and never splits a group that fits (property)', () => {
    const random = seededRandom(5);
    for (let run = 0; run < 200; run += 1) {
      const capacity = 1 + Math.floor(random() * 20);
      const groups = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, index) =>
        group(`G${index}-`, Math.floor(random() * 30)),
      );
      const pages = paginateGroups(groups, capacity);
      const flat = pages.flatMap((page) => page.flatMap((s) => s.items));
      expect(flat).toEqual(groups.flatMap((g) => g.items));
      for (const page of pages) {
        expect(page.reduce((sum, s) => sum + s.items.length, 0)).toBeLessThanOrEqual(capacity);
      }
      for (const g of groups.filter((g) => g.items.length > 0 && g.items.length <= capacity)) {
        expect(pages.flat().filter((s) => s.name === g.name)).toHaveLength(1);
      }
    }
  });
});
