/**
 * Division map slides: one grid per account (client divisions × our offerings, tiles coloured by
 * status) with the whitespace count and value in the headline. Many divisions continue on further
 * slides; more offerings than fit at a legible width split into column groups.
 */
import { boundedList, listLimit } from '../../compose/bounded-list.js';
import { contentSlide } from '../../compose/chrome.js';
import type { SlideSpec } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { DivisionGrid, DivisionMapResult } from './analyse.js';
import { gridElements, type GridPage } from './compose-grid.js';
import { legend } from './compose-legend.js';
import { gridLayout, offeringsPerSlide, rowsPerSlide } from './grid-layout.js';

/** The fewest chunks of at most `maxSize`, their sizes differing by at most one (23, 9 → 8/8/7). */
export function balancedChunks<Item>(items: readonly Item[], maxSize: number): Item[][] {
  const count = Math.ceil(items.length / Math.max(1, maxSize));
  const result: Item[][] = [];
  let start = 0;
  for (let index = 0; index < count; index += 1) {
    const size = Math.ceil((items.length - start) / (count - index));
    result.push(items.slice(start, start + size));
    start += size;
  }
  return result;
}

/** Slides per grid: each group of divisions with each group of offerings in turn. */
export function gridPages(grid: DivisionGrid): GridPage[] {
  const offeringChunks = balancedChunks(
    grid.offerings.map((_, index) => index),
    offeringsPerSlide(),
  );
  const rowChunks = balancedChunks(grid.rows, rowsPerSlide());
  return rowChunks.flatMap((rows) => offeringChunks.map((offerings) => ({ rows, offerings })));
}

function notesData(
  grid: DivisionGrid,
  result: DivisionMapResult,
  ctx: ComposeContext,
  last: boolean,
) {
  const limit = listLimit(ctx);
  return {
    ...grid,
    sheet: result.sheet,
    source: ctx.source,
    rows: boundedList(grid.rows, limit),
    offerings: boundedList(grid.offerings, limit),
    topWhitespace: grid.valuedWhitespace.slice(0, 10),
    moreWhitespace: Math.max(0, grid.valuedWhitespace.length - 10),
    omitted: boundedList(last ? result.omitted : [], limit),
  };
}

function gridSlides(
  grid: DivisionGrid,
  result: DivisionMapResult,
  ctx: ComposeContext,
  lastGrid: boolean,
): SlideSpec[] {
  const pages = gridPages(grid);
  const maxRows = Math.max(1, ...pages.map((page) => page.rows.length));
  const maxColumns = Math.max(1, ...pages.map((page) => page.offerings.length));
  const layout = gridLayout(maxRows, maxColumns);
  const largest = grid.valuedWhitespace[0];
  return pages.map((page, index) => {
    const data = { ...grid, page: index + 1, pages: pages.length, largest };
    return contentSlide({
      kind: 'division-map',
      title: ctx.text.render('division-map', 'title', data),
      headline: ctx.text.render('division-map', 'headline', data),
      notes: ctx.text.render(
        'division-map',
        'notes',
        notesData(grid, result, ctx, lastGrid && index === pages.length - 1),
      ),
      theme: ctx.theme,
      elements: [...gridElements(grid, page, layout, ctx), ...legend(layout.legend, ctx)],
    });
  });
}

export function composeDivisionMap(result: DivisionMapResult, ctx: ComposeContext): SlideSpec[] {
  return result.grids.flatMap((grid, index) =>
    gridSlides(grid, result, ctx, index === result.grids.length - 1),
  );
}
