/**
 * Lists in slide text — speaker notes above all — name at most LIST_LIMIT items, then say how many
 * more there are and where the whole list lives in the workbook. A deck of 100,000 accounts would
 * otherwise carry notes of megabytes that no presenter reads and that slow PowerPoint's notes pane.
 *
 * Bound a list where the text data is built, before any item is formatted, and let the template
 * print `{{#each list.items}}…{{/each}}{{#if list.more}}… and {{number list.more}} more …{{/if}}`.
 * With `total` ≤ the limit, `items` is the whole list and `more` is 0, so the text is unchanged.
 */

/** Items a list in slide text names before "… and N more". A template may set `listLimit`. */
export const LIST_LIMIT = 50;

export interface BoundedList<Item> {
  /** The first `limit` items, in order. */
  items: Item[];
  /** Items left out: total − items.length (0 when the whole list is shown). */
  more: number;
  /** Length of the whole list. */
  total: number;
}

/** The first `limit` items and how many are left out. */
export function boundedList<Item>(
  items: readonly Item[],
  limit: number = LIST_LIMIT,
): BoundedList<Item> {
  return boundedMap(items, (item) => item, limit);
}

/** As boundedList, mapping only the items kept: formatting work for hidden items is never done. */
export function boundedMap<Item, Shown>(
  items: readonly Item[],
  map: (item: Item, index: number) => Shown,
  limit: number = LIST_LIMIT,
): BoundedList<Shown> {
  const kept = Math.max(0, Math.min(items.length, Math.floor(limit)));
  const shown: Shown[] = [];
  for (let index = 0; index < kept; index += 1) shown.push(map(items[index] as Item, index));
  return { items: shown, more: items.length - kept, total: items.length };
}

/** The list limit in force: the template's `listLimit`, else LIST_LIMIT. */
export function listLimit(ctx: { listLimit?: number | undefined }): number {
  return ctx.listLimit ?? LIST_LIMIT;
}
