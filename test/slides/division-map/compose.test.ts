import { beforeAll, describe, expect, it } from 'vitest';
import type { SlideSpec, TextElement } from '../../../src/compose/spec.js';
import type { ComposeContext } from '../../../src/slides/slide-module.js';
import {
  analyseDivisionMap,
  DEFAULT_DIVISION_MAP_PARAMS,
} from '../../../src/slides/division-map/analyse.js';
import { contrastRatio } from '../../../src/slides/division-map/colors.js';
import { balancedChunks, composeDivisionMap } from '../../../src/slides/division-map/compose.js';
import { offeringsPerSlide, rowsPerSlide } from '../../../src/slides/division-map/grid-layout.js';
import { makeModel } from '../../helpers/model.js';
import {
  composeContext,
  elementsOutsideSlide,
  overlappingPairs,
  visibleTexts,
} from '../../helpers/compose.js';
import { division, divisionModel } from './fixtures.js';

let ctx: ComposeContext;
beforeAll(async () => {
  ctx = await composeContext(divisionModel([], []).deck);
});

/** Grid tiles: filled text boxes (the cells). */
const tiles = (slide: SlideSpec) =>
  slide.elements.filter((e): e is TextElement => e.type === 'text' && e.style.fill !== undefined);

function expectClean(slide: SlideSpec) {
  const boxed = {
    ...slide,
    elements: slide.elements.filter((e) => !(e.type === 'shape' && e.shape === 'line')),
  };
  expect(elementsOutsideSlide(boxed)).toEqual([]);
  expect(overlappingPairs(slide)).toEqual([]);
}

const OFFERINGS = [
  'EHR Cloud Suite',
  'Claims Analytics',
  'Population Health',
  'Imaging Archive',
  'Integration Services',
  'Premium Support',
  'Patient Engagement',
];

describe('composeDivisionMap at the sample size', () => {
  const model = () =>
    divisionModel(OFFERINGS, [
      division('KA-1', 'Acute Care', [
        'A3000000',
        'O410000',
        'A690000',
        'C520000',
        'A570000',
        'A920000',
        'P110000',
      ]),
      division('KA-1', 'Ambulatory', [
        'A1400000',
        '-',
        'P230000',
        'O310000',
        'A340000',
        'A340000',
        'O210000',
      ]),
      division('KA-1', 'Home Health', ['O620000', '-', 'O310000', '-', 'P110000', '-', 'C210000']),
      division('KA-1', 'Research Institute', ['C410000', '-', '-', 'A460000', 'O', '-', '-']),
      division('KA-1', 'Revenue Cycle', [
        '-',
        'A1000000',
        'O260000',
        '-',
        'A230000',
        'A230000',
        '-',
      ]),
      division('KA-1', 'Pharmacy', ['P230000', '-', '-', '-', 'O100000', '-', 'O']),
    ]);
  const compose = () =>
    composeDivisionMap(analyseDivisionMap(model(), DEFAULT_DIVISION_MAP_PARAMS), ctx);

  it('makes one clean slide with a tile per cell', () => {
    const slides = compose();
    expect(slides).toHaveLength(1);
    expectClean(slides[0] as SlideSpec);
    expect(tiles(slides[0] as SlideSpec)).toHaveLength(42); // 6 divisions × 7 offerings
  });

  it('puts the whitespace count and value in the headline', () => {
    const [slide] = compose();
    expect(slide?.title).toBe('Division map: Northwind Health');
    // Whitespace: 27 of 42 cells, valued (in thousands) 410 + 520 + 310 + 210 + 620 + 310 + 210
    // + 410 + 260 + 100 = 3,360 → $3.4M. Business: 5,290 + 2,310 + 110 + 460 + 1,460 + 230 = 9,860.
    expect(visibleTexts(slide as SlideSpec)[1]).toBe(
      '27 of 42 division × offering cells are whitespace (64%), worth $3.4M where valued; business today $9.9M. Largest gap: EHR Cloud Suite in Home Health ($620K).',
    );
  });

  it('colours tiles by status with readable text', () => {
    const [slide] = compose();
    const first = tiles(slide as SlideSpec)[0];
    expect(first?.style.fill).toBe(ctx.theme.status.good);
    expect(first?.text).toEqual([{ text: 'Active', bold: true, breakLine: true }, { text: '$3M' }]);
    for (const tile of tiles(slide as SlideSpec)) {
      expect(contrastRatio(tile.style.fill ?? '', tile.style.color)).toBeGreaterThanOrEqual(3);
    }
  });

  it('shows the legend and a whitespace summary per division', () => {
    const texts = visibleTexts(compose()[0] as SlideSpec);
    for (const text of [
      'Active',
      'Pilot',
      'Opportunity',
      'Competitor',
      'None',
      '6 of 7 open',
      '$1.1M',
    ]) {
      expect(texts).toContain(text);
    }
  });
});

describe('composeDivisionMap at a large size', () => {
  it.each<[number, number, number[]]>([
    [23, 9, [8, 8, 7]],
    [18, 9, [9, 9]],
    [12, 8, [6, 6]],
    [3, 9, [3]],
    [0, 9, []],
  ])('splits %i items into balanced chunks of at most %i', (count, size, sizes) => {
    expect(
      balancedChunks(
        Array.from({ length: count }, (_, i) => i),
        size,
      ).map((c) => c.length),
    ).toEqual(sizes);
  });

  it('pages many divisions and offerings, showing every cell exactly once', () => {
    const offerings = Array.from({ length: 14 }, (_, i) => `Offering ${i + 1}`);
    const divisions = Array.from({ length: 30 }, (_, d) =>
      division(
        'KA-1',
        `Division ${d + 1}`,
        offerings.map((_, o) => `O${(d + 1) * 1000 + o + 1}`),
      ),
    );
    const slides = composeDivisionMap(
      analyseDivisionMap(divisionModel(offerings, divisions), DEFAULT_DIVISION_MAP_PARAMS),
      ctx,
    );
    const rowPages = Math.ceil(30 / rowsPerSlide());
    const columnPages = Math.ceil(14 / offeringsPerSlide());
    expect(columnPages).toBe(2);
    expect(slides).toHaveLength(rowPages * columnPages);
    expect(slides[0]?.title).toBe(`Division map: Northwind Health (1/${slides.length})`);
    for (const slide of slides) expectClean(slide);
    // 30 divisions → 4 row groups of 8/8/7/7; 14 offerings → 2 column groups of 7.
    expect(slides.map((slide) => tiles(slide).length)).toEqual([56, 56, 56, 56, 49, 49, 49, 49]);
    expect(slides.flatMap(visibleTexts).filter((t) => /^Division \d+$/.test(t))).toHaveLength(60);
    expect(slides.flatMap(visibleTexts)).toContain('Whitespace (all 14 offerings)');
  });

  it('gives 300 accounts at most maxAccounts slides and names 50 others in the notes', () => {
    const accounts = Array.from({ length: 300 }, (_, i) => ({
      id: `KA-${i + 1}`,
      revenue: [1000 - i],
    }));
    const model = {
      ...makeModel(['FY2026'], accounts),
      divisions: {
        sheet: 'Divisions',
        offerings: ['EHR'],
        divisions: accounts.map((a) => division(a.id, 'Main', ['A10'])),
      },
    };
    const slides = composeDivisionMap(analyseDivisionMap(model, DEFAULT_DIVISION_MAP_PARAMS), ctx);
    expect(slides).toHaveLength(10);
    expect(slides[9]?.notes).toContain('Accounts of the sheet without a slide');
    // 290 accounts without a slide: the notes name 50 and count the other 240.
    expect(slides[9]?.notes).toContain('Account KA-11 (KA-11), Account KA-12 (KA-12)');
    expect(slides[9]?.notes).toContain('Account KA-60 (KA-60) and 240 more (');
    expect(slides[9]?.notes).not.toContain('Account KA-300 (KA-300)');
    expect(slides[0]?.notes).not.toContain('without a slide');
  });
});
