/**
 * Sorting very many very short lists (the two or three products of each of 100,000 accounts):
 * `Array.prototype.sort` allocates work arrays on every call, an insertion sort of a short list
 * allocates nothing. Both sorts are stable, so for the same comparator the order is the same.
 */

/** Longest list sorted by insertion; longer ones use Array.prototype.sort. */
const INSERTION_LIMIT = 16;

/** Sorts `items` in place, stably (as `items.sort(compare)`), and returns it. */
export function sortSmall<Item>(items: Item[], compare: (a: Item, b: Item) => number): Item[] {
  if (items.length > INSERTION_LIMIT) return items.sort(compare);
  for (let index = 1; index < items.length; index += 1) {
    const item = items[index] as Item;
    let place = index;
    // Move earlier items that sort strictly after `item` one step on: equal items keep their order.
    while (place > 0 && compare(items[place - 1] as Item, item) > 0) {
      items[place] = items[place - 1] as Item;
      place -= 1;
    }
    items[place] = item;
  }
  return items;
}
