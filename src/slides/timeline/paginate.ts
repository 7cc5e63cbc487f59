/**
 * Splitting workstreams over slides. A workstream that fits on a slide is never split: when it
 * does not fit in what is left of the current slide it starts the next one. A workstream taller
 * than a whole slide fills slides in turn, its later parts marked "continued".
 */

export interface Segment<Item> {
  name: string;
  /** True for the second and later parts of a split group. */
  continued: boolean;
  items: Item[];
}

export type Page<Item> = Segment<Item>[];

/** A split group starts on a fresh slide rather than with fewer rows than this at a slide's foot. */
const MIN_SPLIT_ROWS = 3;

export function paginateGroups<Item>(
  groups: readonly { name: string; items: readonly Item[] }[],
  rowsPerPage: number,
): Page<Item>[] {
  const capacity = Math.max(1, Math.floor(rowsPerPage));
  const pages: Page<Item>[] = [];
  let page: Page<Item> = [];
  let used = 0;
  const newPage = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
  };
  for (const group of groups) {
    if (group.items.length === 0) continue;
    const fitsOnASlide = group.items.length <= capacity;
    const left = capacity - used;
    if (fitsOnASlide ? group.items.length > left : left < Math.min(MIN_SPLIT_ROWS, capacity))
      newPage();
    let rest = [...group.items];
    let continued = false;
    while (rest.length > 0) {
      if (used >= capacity) newPage();
      const take = rest.slice(0, capacity - used);
      page.push({ name: group.name, continued, items: take });
      used += take.length;
      rest = rest.slice(take.length);
      continued = true;
    }
  }
  newPage();
  return pages;
}
