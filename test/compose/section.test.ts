/**
 * Section dividers: the section's number, title and subtitle on the title-slide colours, text
 * from the template (by key) or from the manifest (a title as written), fitted to the slide.
 */
import { describe, expect, it } from 'vitest';
import type { SlideSpec, TextElement } from '../../src/compose/spec.js';
import { KamdeckError } from '../../src/errors.js';
import { composeSection, type SectionParams } from '../../src/slides/section/compose.js';
import { sectionSlide } from '../../src/slides/section/index.js';
import {
  composeContext,
  elementsOutsideSlide,
  overflowingTexts,
  overlappingPairs,
} from '../helpers/compose.js';
import { fiveAccounts } from './fixtures.js';

const LONG =
  'Accounts in focus: priorities, decision makers, whitespace by division and the rollout plans of every strategic key account';

async function section(
  params: SectionParams,
  place = { number: 2, count: 3 },
  locale = 'en-US',
): Promise<SlideSpec> {
  const { deck } = fiveAccounts();
  const ctx = await composeContext({ ...deck, locale });
  const slides = composeSection(params, { ...ctx, section: place });
  expect(slides).toHaveLength(1);
  return slides[0] as SlideSpec;
}

const texts = (slide: SlideSpec) =>
  slide.elements.filter((element): element is TextElement => element.type === 'text');

describe.each([
  ['a key of the template', { key: 'accounts' }],
  ['a long title as written', { title: LONG, subtitle: LONG }],
])('a section divider from %s', (_, params) => {
  it('keeps every element inside the slide, apart and within its box', async () => {
    const slide = await section(params);
    expect(elementsOutsideSlide(slide)).toEqual([]);
    expect(overlappingPairs(slide, ['text', 'shape'])).toEqual([]);
    expect(overflowingTexts(slide)).toEqual([]);
  });

  it('sits on the title master with the theme title-slide colours', async () => {
    const slide = await section(params);
    const { theme } = await composeContext(fiveAccounts().deck);
    expect(slide.master).toBe('title');
    const [number, title] = texts(slide);
    expect(number?.style.color).toBe(theme.titleSlide.accent);
    expect(title?.style.color).toBe(theme.titleSlide.text);
    const rule = slide.elements.find((element) => element.type === 'shape');
    expect(rule?.type === 'shape' && rule.fill).toBe(theme.titleSlide.accent);
  });
});

describe('section text', () => {
  it('comes from the --- <key> and <key>Subtitle parts of section.hbs, numbered by its place', async () => {
    const slide = await section({ key: 'portfolio' }, { number: 1, count: 3 });
    expect(texts(slide).map((element) => element.text)).toEqual([
      '01',
      'Portfolio',
      'Where our revenue comes from, how healthy it is and how much of it we keep',
    ]);
    expect(slide.title).toBe('Portfolio');
    expect(slide.notes).toBe(
      'Section 1 of 3: Portfolio. Where our revenue comes from, how healthy it is and how much of it we keep.',
    );
  });

  it('follows the deck language', async () => {
    const slide = await section({ key: 'plan' }, { number: 3, count: 3 }, 'it-IT');
    expect(slide.title).toBe('Piano e squadra');
    expect(slide.notes).toMatch(/^Sezione 3 di 3: Piano e squadra\./);
  });

  it('takes a title written in the manifest as is, and no subtitle unless given', async () => {
    const slide = await section({ title: 'Next steps' });
    expect(texts(slide).map((element) => element.text)).toEqual(['02', 'Next steps']);
  });

  it('shortens a title too long for two lines with an ellipsis', async () => {
    const slide = await section({ title: `${LONG} ${LONG}` });
    expect(String(texts(slide)[1]?.text).endsWith('…')).toBe(true);
  });

  it('names the part and the file when the key has no text', async () => {
    const error = await section({ key: 'nowhere' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KamdeckError);
    expect((error as KamdeckError).message).toContain(
      'no "nowhere" text for slide "section" (expected a "--- nowhere" section in text/en/section.hbs)',
    );
  });
});

describe('section params', () => {
  it.each([
    [{ key: 'portfolio' }, true],
    [{ title: 'Next steps', subtitle: 'What we do next' }, true],
    [{}, false],
    [{ subtitle: 'no title' }, false],
    [{ key: 'two words' }, false],
    [{ key: 'portfolio', colour: 'red' }, false],
  ])('%j valid: %s', (params, valid) => {
    expect(sectionSlide.params.safeParse(params).success).toBe(valid);
  });
});
