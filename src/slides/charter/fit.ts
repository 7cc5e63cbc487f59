/**
 * Fitting the charter onto slides. Sections become cards in rows (2–4 cards a row, sheet order),
 * each row as tall as its tallest card. The font size is the largest from TYPE.bodyPt down to a
 * legible minimum at which some grid fits the body; when even the minimum does not fit one slide,
 * the sections are split over two (or up to `maxSlides`) slides at one common size. Past that, cards
 * are shortened (see shorten.ts) and the full text goes to the notes.
 */
import { TYPE } from '../../compose/layout.js';
import type { Box } from '../../compose/spec.js';
import type { CharterSection } from '../../model/charter.js';
import { cardHeightIn } from './measure.js';

export const CHARTER_FIT = {
  maxPt: TYPE.bodyPt,
  /** Legible minimum for running text on a slide. */
  minPt: 9,
  stepPt: 0.5,
  maxPerRow: 4,
  maxRows: 4,
  gapIn: 0.22,
} as const;

/** Cards per row for `count` sections in `rows` rows, earlier rows taking the extra card. */
export function rowCounts(count: number, rows: number): number[] {
  return Array.from({ length: rows }, (_, index) => Math.ceil((count - index) / rows)).filter(
    (n) => n > 0,
  );
}

/** Row counts to try for `count` sections, fewest rows first. */
export function gridOptions(count: number): number[][] {
  const options: number[][] = [];
  for (let rows = 1; rows <= Math.min(count, CHARTER_FIT.maxRows); rows += 1) {
    const counts = rowCounts(count, rows);
    if ((counts[0] ?? 0) <= CHARTER_FIT.maxPerRow) options.push(counts);
  }
  return options;
}

export interface PageLayout {
  /** Sections of this page (indexes into the charter's sections). */
  sections: number[];
  sizePt: number;
  boxes: Box[];
}

const cardWidth = (area: Box, perRow: number): number =>
  (area.wIn - CHARTER_FIT.gapIn * (perRow - 1)) / perRow;

/** Heights each row needs at `sizePt`; undefined when the rows do not fit `area`. */
function rowHeights(
  sections: readonly CharterSection[],
  counts: readonly number[],
  area: Box,
  sizePt: number,
) {
  let start = 0;
  const heights = counts.map((count) => {
    const width = cardWidth(area, count);
    const row = sections.slice(start, start + count);
    start += count;
    return Math.max(...row.map((section) => cardHeightIn(section, width, sizePt)));
  });
  const total = heights.reduce((sum, h) => sum + h, 0) + CHARTER_FIT.gapIn * (counts.length - 1);
  return total <= area.hIn ? heights : undefined;
}

/** Card boxes for rows of the given heights, stretched evenly to fill the area's height. */
export function placeCards(
  counts: readonly number[],
  heights: readonly number[],
  area: Box,
): Box[] {
  const used = heights.reduce((sum, h) => sum + h, 0) + CHARTER_FIT.gapIn * (counts.length - 1);
  const extra = Math.max(0, area.hIn - used) / Math.max(1, counts.length);
  const boxes: Box[] = [];
  let yIn = area.yIn;
  counts.forEach((count, row) => {
    const wIn = cardWidth(area, count);
    const hIn = (heights[row] ?? 0) + extra;
    for (let i = 0; i < count; i += 1)
      boxes.push({ xIn: area.xIn + i * (wIn + CHARTER_FIT.gapIn), yIn, wIn, hIn });
    yIn += hIn + CHARTER_FIT.gapIn;
  });
  return boxes;
}

/** The grid for these sections at `sizePt`, or undefined when none fits. */
export function layoutAt(
  sections: readonly CharterSection[],
  area: Box,
  sizePt: number,
): Box[] | undefined {
  for (const counts of gridOptions(sections.length)) {
    const heights = rowHeights(sections, counts, area, sizePt);
    if (heights !== undefined) return placeCards(counts, heights, area);
  }
  return undefined;
}

/** Font sizes to try, largest first. */
export function fontSizes(): number[] {
  const sizes: number[] = [];
  for (let size: number = CHARTER_FIT.maxPt; size >= CHARTER_FIT.minPt; size -= CHARTER_FIT.stepPt)
    sizes.push(size);
  return sizes;
}

/** The largest size at which every group fits a slide of its own, or undefined. */
export function commonSize(
  groups: readonly (readonly CharterSection[])[],
  area: Box,
): number | undefined {
  return fontSizes().find((size) =>
    groups.every((group) => layoutAt(group, area, size) !== undefined),
  );
}
