import { describe, expect, it } from 'vitest';
import type { SlideSpec, TextElement } from '../../src/compose/spec.js';
import { textWidthIn } from '../../src/compose/text-fit.js';
import { composeAgenda } from '../../src/slides/agenda/index.js';
import {
  composeContext,
  elementsOutsideSlide,
  overflowingTexts,
  overlappingPairs,
} from '../helpers/compose.js';
import { fiveAccounts } from './fixtures.js';

const FEW = ['Revenue concentration (Pareto)', 'ABC tiers: quantity vs value', 'Tier A accounts'];
const LONG_ITEM =
  'Account scoring: attractiveness against competitive position for every key account in the portfolio';
const MANY = Array.from({ length: 14 }, (_, index) =>
  index === 3 ? LONG_ITEM : `Analysis number ${index + 1}`,
);

async function agendaSlide(items: readonly string[]): Promise<SlideSpec> {
  const { deck } = fiveAccounts();
  const slides = composeAgenda(null, await composeContext(deck, items));
  expect(slides).toHaveLength(1);
  return slides[0] as SlideSpec;
}

/** Entry texts: the text boxes below the title and headline. */
function entries(slide: SlideSpec): TextElement[] {
  return slide.elements
    .slice(2)
    .filter((element): element is TextElement => element.type === 'text');
}

describe.each([
  ['3 entries', FEW],
  ['14 entries with a long one', MANY],
])('agenda with %s', (_, items) => {
  it('keeps every element inside the slide and no text box over another', async () => {
    const slide = await agendaSlide(items);
    expect(elementsOutsideSlide(slide)).toEqual([]);
    expect(overlappingPairs(slide, ['text'])).toEqual([]);
    expect(overflowingTexts(slide)).toEqual([]);
  });

  it('numbers every entry in order, each on one line that fits its box', async () => {
    const boxes = entries(await agendaSlide(items));
    expect(boxes).toHaveLength(items.length * 2);
    const numbers = boxes.filter((_, index) => index % 2 === 0).map((box) => box.text);
    expect(numbers).toEqual(items.map((__, index) => String(index + 1).padStart(2, '0')));
    for (const label of boxes.filter((_, index) => index % 2 === 1)) {
      const text = String(label.text);
      expect(textWidthIn(text, label.style.sizePt)).toBeLessThanOrEqual(label.box.wIn);
    }
  });
});

describe('agenda text', () => {
  it('shortens an entry too long for its column with an ellipsis', async () => {
    const labels = entries(await agendaSlide(MANY)).map((box) => String(box.text));
    expect(labels).not.toContain(LONG_ITEM);
    const shortened = labels.find((label) => label.startsWith('Account scoring'));
    expect(shortened?.endsWith('…')).toBe(true);
  });

  it('keeps short entries as they are and counts them in the headline', async () => {
    const slide = await agendaSlide(FEW);
    const labels = entries(slide).map((box) => String(box.text));
    for (const item of FEW) expect(labels).toContain(item);
    expect(slide.elements[1]?.type === 'text' && slide.elements[1].text).toContain('3 parts');
  });
});
