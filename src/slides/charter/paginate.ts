/**
 * Which sections go on which slide, at what size: one slide when some grid fits at a size down to
 * the minimum; else the split over two slides with the largest common size; else balanced groups
 * over up to `maxSlides` slides; and when nothing fits, balanced groups at the minimum size with
 * the cards shortened (never fewer slides than needed to hold 16 cards each).
 */
import type { Box } from '../../compose/spec.js';
import type { CharterSection } from '../../model/charter.js';
import { CHARTER_FIT, commonSize, gridOptions, layoutAt, placeCards, rowCounts } from './fit.js';
import { cardHeightIn } from './measure.js';
import { balancedPartition } from './partition.js';
import { shortenToCard, type FittedSection } from './shorten.js';

export interface CharterPage {
  cards: { section: FittedSection; box: Box }[];
}

export interface CharterPlan {
  sizePt: number;
  pages: CharterPage[];
  /** True when some card could not show its whole text. */
  shortened: boolean;
}

const whole = (section: CharterSection): FittedSection => ({ ...section, shortened: false });

function pagesAt(
  groups: readonly (readonly CharterSection[])[],
  area: Box,
  sizePt: number,
): CharterPage[] {
  return groups.map((group) => {
    const boxes = layoutAt(group, area, sizePt) ?? [];
    return {
      cards: group.map((section, i) => ({ section: whole(section), box: boxes[i] ?? area })),
    };
  });
}

/** Best split of the sections into two slides: largest common size, then most even. */
function bestTwoWay(sections: readonly CharterSection[], area: Box) {
  let best: { groups: CharterSection[][]; size: number; imbalance: number } | undefined;
  for (let k = 1; k < sections.length; k += 1) {
    const groups = [sections.slice(0, k), sections.slice(k)];
    const size = commonSize(groups, area);
    const imbalance = Math.abs(sections.length - 2 * k);
    if (
      size !== undefined &&
      (best === undefined || size > best.size || (size === best.size && imbalance < best.imbalance))
    )
      best = { groups, size, imbalance };
  }
  return best;
}

/** Weight for balancing: the card height at the minimum size in a four-across grid. */
function weights(sections: readonly CharterSection[], area: Box): number[] {
  const width = (area.wIn - 3 * CHARTER_FIT.gapIn) / 4;
  return sections.map((section) => cardHeightIn(section, width, CHARTER_FIT.minPt));
}

function groupsOf(
  sections: readonly CharterSection[],
  area: Box,
  parts: number,
): CharterSection[][] {
  return balancedPartition(weights(sections, area), parts).map((indexes) =>
    indexes.flatMap((index) => sections[index] ?? []),
  );
}

/** At the minimum size: rows shrunk in proportion to need, each card shortened to its box. */
function shortenedPage(group: readonly CharterSection[], area: Box): CharterPage {
  const size = CHARTER_FIT.minPt;
  // Fewest rows: tall, narrow cards read better than full-width lines when text is cut.
  const counts = gridOptions(group.length)[0] ?? rowCounts(group.length, CHARTER_FIT.maxRows);
  let start = 0;
  const needs = counts.map((count) => {
    const width = (area.wIn - CHARTER_FIT.gapIn * (count - 1)) / count;
    const row = group.slice(start, start + count);
    start += count;
    return Math.max(...row.map((section) => cardHeightIn(section, width, size)));
  });
  const free = area.hIn - CHARTER_FIT.gapIn * (counts.length - 1);
  const total = needs.reduce((sum, h) => sum + h, 0);
  const heights = needs.map((h) => (total <= free ? h : (h / total) * free));
  const boxes = placeCards(counts, heights, area);
  return {
    cards: group.map((section, i) => {
      const box = boxes[i] ?? area;
      return { section: shortenToCard(section, box.wIn, box.hIn, size), box };
    }),
  };
}

export function planCharter(
  sections: readonly CharterSection[],
  area: Box,
  maxSlides: number,
): CharterPlan {
  if (sections.length === 0) return { sizePt: CHARTER_FIT.maxPt, pages: [], shortened: false };
  const one = commonSize([sections], area);
  if (one !== undefined)
    return { sizePt: one, pages: pagesAt([sections], area, one), shortened: false };
  const two = maxSlides >= 2 ? bestTwoWay(sections, area) : undefined;
  if (two !== undefined)
    return { sizePt: two.size, pages: pagesAt(two.groups, area, two.size), shortened: false };
  for (let parts = 3; parts <= Math.min(maxSlides, sections.length); parts += 1) {
    const groups = groupsOf(sections, area, parts);
    const size = commonSize(groups, area);
    if (size !== undefined)
      return { sizePt: size, pages: pagesAt(groups, area, size), shortened: false };
  }
  const perSlide = CHARTER_FIT.maxPerRow * CHARTER_FIT.maxRows;
  const parts = Math.max(
    Math.min(maxSlides, sections.length),
    Math.ceil(sections.length / perSlide),
  );
  const pages = groupsOf(sections, area, parts).map((group) => shortenedPage(group, area));
  return {
    sizePt: CHARTER_FIT.minPt,
    pages,
    shortened: pages.some((page) => page.cards.some((card) => card.section.shortened)),
  };
}
