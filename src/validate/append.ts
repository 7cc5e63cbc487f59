/** Appends `items` to `list` one by one: `push(...items)` overflows the call stack for very long lists. */
export function appendAll<Item>(list: Item[], items: readonly Item[]): void {
  for (const item of items) list.push(item);
}
