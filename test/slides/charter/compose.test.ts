import { describe, expect, it } from 'vitest';
import type { SlideSpec, TextElement, TextRun } from '../../../src/compose/spec.js';
import type { CharterSection } from '../../../src/model/charter.js';
import {
  analyseCharter,
  DEFAULT_CHARTER_PARAMS,
  type CharterParams,
} from '../../../src/slides/charter/analyse.js';
import { composeCharter } from '../../../src/slides/charter/compose.js';
import { CHARTER_FIT } from '../../../src/slides/charter/fit.js';
import { composeContext, elementsOutsideSlide, overlappingPairs } from '../../helpers/compose.js';
import { charterModel, SAMPLE_SECTIONS, sections } from './fixtures.js';

async function slidesOf(
  list: CharterSection[],
  params: Partial<CharterParams> = {},
): Promise<SlideSpec[]> {
  const model = charterModel(list);
  const result = analyseCharter(model, { ...DEFAULT_CHARTER_PARAMS, ...params });
  return composeCharter(result, await composeContext(model.deck));
}

interface Card {
  text: TextRun[];
}

/** The section cards: text elements made of runs (title first). */
const cardsOf = (slide: SlideSpec): Card[] =>
  slide.elements.flatMap((e) =>
    e.type === 'text' && Array.isArray(e.text) ? [{ text: e.text }] : [],
  );
const headlineOf = (slide: SlideSpec) => (slide.elements[1] as TextElement).text;

describe.each([
  ['the sample charter', () => SAMPLE_SECTIONS, 1],
  ['a long charter', () => sections(7, 5, 14), 2],
  ['a charter too long for two slides', () => sections(7, 14, 40), 2],
  ['many sections', () => sections(20, 1, 8), 2],
])('charter slides for %s', (_, list, count) => {
  it(`makes ${count} slide(s), all inside the slide, with no text boxes overlapping`, async () => {
    const slides = await slidesOf(list());
    expect(slides).toHaveLength(count);
    for (const slide of slides) {
      expect(elementsOutsideSlide(slide)).toEqual([]);
      expect(overlappingPairs(slide)).toEqual([]);
    }
  });

  it('sets every card at one size between the legible minimum and the body size', async () => {
    const sizes = (await slidesOf(list())).flatMap((slide) =>
      cardsOf(slide).flatMap((card) => card.text.slice(2).map((run) => run.sizePt)),
    );
    expect(new Set(sizes).size).toBe(1);
    expect(sizes[0]).toBeGreaterThanOrEqual(CHARTER_FIT.minPt);
    expect(sizes[0]).toBeLessThanOrEqual(CHARTER_FIT.maxPt);
  });
});

describe('charter slide content', () => {
  it('shows the purpose as the headline and the other sections as cards, in order, with bullets', async () => {
    const [slide] = await slidesOf(SAMPLE_SECTIONS);
    if (slide === undefined) throw new Error('no slide');
    expect(slide.title).toBe('Acme key-account charter');
    expect(headlineOf(slide)).toBe('Grow and protect our most important healthcare relationships.');
    const cards = cardsOf(slide);
    expect(cards.map((card) => card.text[0]?.text)).toEqual(
      SAMPLE_SECTIONS.slice(1).map((s) => s.title),
    );
    expect(cards[0]?.text.slice(2).map((run) => [run.text, run.bullet ?? false])).toEqual([
      ['Grow revenue 12%', true],
      ['Keep GRR at 95%', true],
    ]);
    expect(cards[0]?.text.at(-1)?.breakLine).toBeUndefined();
    expect(slide.notes).toContain(
      'the largest size from 12 pt down to the legible minimum of 9 pt',
    );
    expect(slide.notes).toContain('The headline is the "Purpose" section');
  });

  it('keeps the purpose as a card when asked, with the section list as headline', async () => {
    const [slide] = await slidesOf(SAMPLE_SECTIONS, { purposeAsHeadline: false });
    if (slide === undefined) throw new Error('no slide');
    expect(cardsOf(slide)).toHaveLength(7);
    expect(headlineOf(slide)).toBe(
      'How the key-account team works: Purpose, Objectives, Scope, Value proposition, Success measures, Governance and Review cadence',
    );
  });

  it('keeps a purpose too long for the headline as a card', async () => {
    const long = [
      {
        ...SAMPLE_SECTIONS[0],
        title: 'Purpose',
        paragraphs: [{ text: sections(1, 0, 80)[0]?.paragraphs[0]?.text ?? '', bullet: false }],
        row: 2,
      },
      ...SAMPLE_SECTIONS.slice(1),
    ];
    const [slide] = await slidesOf(long);
    expect(cardsOf(slide as SlideSpec)).toHaveLength(7);
  });

  it('numbers split slides and names their sections in the notes', async () => {
    const slides = await slidesOf(sections(7, 5, 14));
    expect(slides.map((s) => s.title)).toEqual([
      'Acme key-account charter (1 of 2)',
      'Acme key-account charter (2 of 2)',
    ]);
    expect(slides[0]?.notes).toContain('so it is split over 2 slides');
    expect(slides[0]?.notes).toMatch(/This slide: Section 1, /);
  });

  it('puts the full text in the notes when cards are shortened', async () => {
    const list = sections(7, 14, 40);
    const slides = await slidesOf(list);
    const lastBullet = list[6]?.paragraphs.at(-1)?.text ?? '?';
    expect(slides[0]?.notes).toContain('are shortened on the slide');
    expect(slides[0]?.notes).toContain(`- ${lastBullet}`);
  });
});
