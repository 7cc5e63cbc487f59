/** What each section of a deck holds, for the agenda. */
import type { SlideSpec } from '../../compose/spec.js';
import type { PlannedSlide } from '../plan.js';

/** For each section divider, the first title of every slide kind up to the next divider. */
export function sectionContents(
  planned: readonly PlannedSlide[],
  composed: ReadonlyMap<PlannedSlide, SlideSpec[]>,
): string[] {
  const contents: string[][] = [];
  for (const slide of planned) {
    if (slide.module.kind === 'section') contents.push([]);
    else {
      const title = composed.get(slide)?.[0]?.title;
      if (title !== undefined) contents.at(-1)?.push(title);
    }
  }
  return contents.map((titles) => titles.join(' · '));
}
