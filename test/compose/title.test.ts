import { describe, expect, it } from 'vitest';
import type { SlideSpec, TextElement } from '../../src/compose/spec.js';
import { countLines, linesHeightIn } from '../../src/compose/text-fit.js';
import type { DeckInfo } from '../../src/model/model.js';
import { composeTitle } from '../../src/slides/title/index.js';
import {
  composeContext,
  elementsOutsideSlide,
  overflowingTexts,
  overlappingPairs,
} from '../helpers/compose.js';
import { fiveAccounts } from './fixtures.js';

const LONG_TITLE =
  'Quarterly Key Account Review of the Consolidated Healthcare Cloud Portfolio After the CarePath Analytics Acquisition and Integration Programme';

async function titleSlide(deck: DeckInfo): Promise<SlideSpec> {
  const slides = composeTitle(deck, await composeContext(deck));
  expect(slides).toHaveLength(1);
  return slides[0] as SlideSpec;
}

function texts(slide: SlideSpec): TextElement[] {
  return slide.elements.filter((element): element is TextElement => element.type === 'text');
}

const deck = (overrides: Partial<DeckInfo> = {}): DeckInfo => ({
  ...fiveAccounts().deck,
  title: 'Key Account Review',
  subtitle: 'Portfolio health and concentration',
  client: 'Northwind Health',
  company: 'Meridian Cloud',
  author: 'Sales Ops',
  ...overrides,
});

describe.each([
  ['a short title', deck()],
  ['a very long title', deck({ title: LONG_TITLE, subtitle: LONG_TITLE })],
])('title slide with %s', (_, info) => {
  it('keeps every element inside the slide and no text over another', async () => {
    const slide = await titleSlide(info);
    expect(slide.master).toBe('title');
    expect(elementsOutsideSlide(slide)).toEqual([]);
    expect(overlappingPairs(slide, ['text'])).toEqual([]);
    expect(overflowingTexts(slide)).toEqual([]);
  });

  it('sizes the title so that its wrapped lines fit its box', async () => {
    const [title] = texts(await titleSlide(info));
    expect(title?.text).toBe(info.title);
    const size = title?.style.sizePt ?? 0;
    const lines = countLines(info.title, (title?.box.wIn ?? 0) - 0.2, size, true);
    expect(linesHeightIn(lines, size)).toBeLessThanOrEqual(title?.box.hIn ?? 0);
  });
});

describe('title slide text', () => {
  it('shrinks a long title below the cover size', async () => {
    const [short] = texts(await titleSlide(deck()));
    const [long] = texts(await titleSlide(deck({ title: LONG_TITLE })));
    expect(long?.style.sizePt).toBeLessThan(short?.style.sizePt ?? 0);
  });

  it('states client, company, author and the as-of date; the notes give date and currency', async () => {
    const slide = await titleSlide(deck());
    const all = texts(slide).map((element) => element.text);
    expect(all).toContain('Portfolio health and concentration');
    const meta = all.find((text) => typeof text === 'string' && text.includes('Figures as of'));
    expect(meta).toBe('Northwind Health · Meridian Cloud\nSales Ops · Figures as of Sep 30, 2026');
    expect(slide.notes).toContain('Sep 30, 2026');
    expect(slide.notes).toContain('USD');
  });

  it('falls back to the period when there is no subtitle', async () => {
    const slide = await titleSlide(deck({ subtitle: '', period: 'Q3 2026' }));
    expect(texts(slide).map((element) => element.text)).toContain('Q3 2026');
  });
});
