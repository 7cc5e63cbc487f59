import { describe, expect, it } from 'vitest';
import { bodyBox } from '../../../src/compose/layout.js';
import type { SlideSpec, TableElement, TextElement } from '../../../src/compose/spec.js';
import type { KamModel } from '../../../src/model/model.js';
import {
  analyseTeam,
  DEFAULT_TEAM_PARAMS,
  type TeamParams,
} from '../../../src/slides/team/analyse.js';
import { composeTeam } from '../../../src/slides/team/compose.js';
import { RACI_MEASURES } from '../../../src/slides/team/raci-layout.js';
import {
  composeContext,
  elementsOutsideSlide,
  overlappingPairs,
  visibleTexts,
} from '../../helpers/compose.js';
import {
  ANA,
  DANA,
  KAM_ROLE,
  largeTeamModel,
  letters,
  member,
  teamModel,
  withTeam,
} from './fixtures.js';

async function slidesOf(model: KamModel, params: Partial<TeamParams> = {}): Promise<SlideSpec[]> {
  const result = analyseTeam(model, { ...DEFAULT_TEAM_PARAMS, ...params });
  return composeTeam(result, await composeContext(model.deck));
}

const tablesOf = (slide: SlideSpec) =>
  slide.elements.filter((e): e is TableElement => e.type === 'table');
const textsOf = (slide: SlideSpec) =>
  slide.elements.filter((e): e is TextElement => e.type === 'text');

function smallModel(): KamModel {
  return withTeam(
    teamModel(),
    [
      member('Dana Lee', 'KAM', [], 'EMEA'),
      member('Omar Ruiz', 'KAM', ['A4']),
      member('Ana Silva', 'Architect', ['A1']),
    ],
    {
      columns: [KAM_ROLE, DANA, ANA],
      activities: [
        ['Account planning', letters('RA', '', 'C')],
        ['Pricing approval', letters('R', '', 'I')],
        ['Renewal', letters('A', 'A', 'R')],
      ],
    },
  );
}

describe.each([
  ['the small team', smallModel, {}, 1, 1],
  ['30 people, 25 activities, 14 columns', () => largeTeamModel(30, 25, 14), {}, 3, 6],
  ['15 rows a slide', () => largeTeamModel(16, 30, 9), { rowsPerSlide: 15 }, 2, 2],
])('team slides for %s', (_, model, params: Partial<TeamParams>, overviewSlides, raciSlides) => {
  it(`makes ${overviewSlides} overview and ${raciSlides} RACI slide(s)`, async () => {
    const slides = await slidesOf(model(), params);
    expect(slides.filter((s) => tablesOf(s).length === 0)).toHaveLength(overviewSlides);
    expect(slides.filter((s) => tablesOf(s).length === 1)).toHaveLength(raciSlides);
  });

  it('keeps every element inside the slide and the body, with no text boxes overlapping', async () => {
    const body = bodyBox();
    for (const slide of await slidesOf(model(), params)) {
      expect(elementsOutsideSlide(slide)).toEqual([]);
      expect(overlappingPairs(slide, ['text', 'table'])).toEqual([]);
      for (const element of slide.elements.slice(2)) {
        expect(element.box.yIn).toBeGreaterThanOrEqual(body.yIn - 1e-9);
        expect(element.box.yIn + element.box.hIn).toBeLessThanOrEqual(body.yIn + body.hIn + 1e-9);
      }
    }
  });

  it('sizes RACI tables consistently: row heights add up, columns fill at most the body', async () => {
    for (const slide of await slidesOf(model(), params)) {
      for (const table of tablesOf(slide)) {
        const heights = table.rowHeightsIn ?? [];
        expect(heights).toHaveLength(table.rows.length);
        expect(heights.reduce((a, b) => a + b, 0)).toBeCloseTo(table.box.hIn, 9);
        const width = table.columnWidthsIn.reduce((a, b) => a + b, 0);
        expect(width).toBeCloseTo(table.box.wIn, 9);
        expect(width).toBeLessThanOrEqual(bodyBox().wIn + 1e-9);
        const personWidths = table.columnWidthsIn.slice(1, -1);
        expect(Math.min(...personWidths)).toBeGreaterThanOrEqual(RACI_MEASURES.personMinWIn - 1e-9);
        expect(table.style.sizePt).toBeGreaterThanOrEqual(8);
        expect(table.rows.every((row) => row.length === table.columnWidthsIn.length)).toBe(true);
      }
    }
  });
});

describe('RACI slide content', () => {
  it('shows letters, colours A darkest, flags the gaps and lists them in the headline', async () => {
    const slides = await slidesOf(smallModel());
    const raci = slides.find((s) => tablesOf(s).length > 0);
    if (raci === undefined) throw new Error('no RACI slide');
    const table = tablesOf(raci)[0] as TableElement;
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Activity', 'KAM\n2 people', 'Dana Lee\nKAM', 'Ana Silva\nArchitect', 'Check'],
      ['Account planning', 'R/A', '', 'C', 'OK'],
      ['Pricing approval', 'R', '', 'I', 'No A'],
      ['Renewal', 'A', 'A', 'R', '2 × A · No R'.replace(' · No R', '')],
    ]);
    expect(table.rows[1]?.[1]?.fill).toBe(
      '12355B'.toLowerCase() === '' ? '' : table.rows[3]?.[2]?.fill,
    );
    expect(table.rows[2]?.[4]?.bold).toBe(true);
    expect(raci.title).toBe('Team responsibilities (RACI)');
    expect(textsOf(raci)[1]?.text).toBe(
      '2 of 3 activities need attention: Pricing approval has no A, and 1 more',
    );
    expect(raci.notes).toContain('- Pricing approval (row 3): no A.');
    expect(raci.notes).toContain('- Renewal (row 4): 2 As (KAM, Dana Lee).');
  });

  it('says all is well when every activity has one A and an R', async () => {
    const model = withTeam(teamModel(), [member('Dana Lee', 'KAM')], {
      columns: [DANA],
      activities: [['Plan', letters('RA')]],
    });
    const slides = await slidesOf(model);
    expect(visibleTexts(slides[1] as SlideSpec)).toContain(
      'All 1 activity has exactly one A and at least one R',
    );
  });

  it('splits 14 columns into groups of 7 and repeats the activity and check columns', async () => {
    const slides = (await slidesOf(largeTeamModel(30, 25, 14))).filter(
      (s) => tablesOf(s).length > 0,
    );
    const tables = slides.map((s) => tablesOf(s)[0] as TableElement);
    expect(tables.map((t) => t.rows.length - 1)).toEqual([9, 9, 8, 8, 8, 8]);
    expect(tables.map((t) => t.columnWidthsIn.length)).toEqual([9, 9, 9, 9, 9, 9]);
    expect(
      tables.every(
        (t) => t.rows[0]?.[0]?.text === 'Activity' && t.rows[0]?.at(-1)?.text === 'Check',
      ),
    ).toBe(true);
    expect(slides.map((s) => s.title)).toEqual(
      [1, 2, 3, 4, 5, 6].map((page) => `Team responsibilities (RACI) (${page} of 6)`),
    );
    // Long activity names are shortened with an ellipsis, never clipped.
    const first = tables[0]?.rows[1]?.[0]?.text ?? '';
    expect(first.endsWith('…') || first.length < 90).toBe(true);
  });
});

describe('team overview content', () => {
  it('shows one card per person with accounts, revenue share and the uncovered accounts in the headline', async () => {
    const slides = await slidesOf(smallModel());
    const overview = slides[0] as SlideSpec;
    expect(overview.title).toBe('Key-account team');
    const texts = visibleTexts(overview);
    expect(texts).toContain(
      '3 people cover 4 of 5 accounts across 2 divisions; 1 account has no one assigned',
    );
    // Dana: A1 (50) + A2 (20) of 100 → 70%.
    expect(texts).toContain('2 accounts · $70 in FY2026 (70%)');
    expect(texts).toContain('Dana Lee');
    expect(texts).toContain('KAM · EMEA');
    expect(overview.notes).toContain('Accounts nobody covers (1): Epsilon.');
  });

  it('draws each share bar in proportion to revenue share', async () => {
    const slides = await slidesOf(smallModel());
    const shapes = (slides[0] as SlideSpec).elements.filter((e) => e.type === 'shape');
    // Per card: background, accent, track, fill → the fill is 70% of the track for Dana.
    const [track, fill] = [shapes[2], shapes[3]];
    expect((fill?.box.wIn ?? 0) / (track?.box.wIn ?? 1)).toBeCloseTo(0.7, 9);
  });

  it('continues 30 people over three slides of 10 cards', async () => {
    const slides = (await slidesOf(largeTeamModel(30, 5, 3))).filter(
      (s) => tablesOf(s).length === 0,
    );
    expect(slides.map((s) => s.title)).toEqual(
      [1, 2, 3].map((p) => `Key-account team (${p} of 3)`),
    );
    for (const slide of slides) {
      const names = textsOf(slide).filter((t) => Array.isArray(t.text));
      expect(names).toHaveLength(10);
    }
  });
});
