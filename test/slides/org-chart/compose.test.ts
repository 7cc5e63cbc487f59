import { describe, expect, it } from 'vitest';
import { buildSampleData } from '../../../sample-data/generate.js';
import { SLIDE, TYPE } from '../../../src/compose/layout.js';
import type { Box, ShapeElement, SlideElement, SlideSpec } from '../../../src/compose/spec.js';
import type { Diagnostic } from '../../../src/errors.js';
import type { KamModel } from '../../../src/model/model.js';
import { analyseOrgChart } from '../../../src/slides/org-chart/analyse.js';
import { composeOrgChart, orgChartRegions } from '../../../src/slides/org-chart/compose.js';
import { orgChartSlide } from '../../../src/slides/org-chart/index.js';
import { paginateChart } from '../../../src/slides/org-chart/paginate.js';
import { readStakeholderSheets } from '../../../src/slides/org-chart/sheets.js';
import { composeContext, overlappingPairs } from '../../helpers/compose.js';
import { makeModel } from '../../helpers/model.js';
import { rawWorkbook } from '../../helpers/workbook.js';
import { link, orgModel, person, syntheticOrg } from './fixtures.js';

/** The bundled sample's Stakeholders and Influence sheets, read as the pipeline reads them. */
function sampleModel(): { model: KamModel; diagnostics: Diagnostic[] } {
  const data = buildSampleData();
  const accounts = data.Accounts.map((row) => ({ id: row['Account ID'], name: row.Account }));
  const sheets = ['Stakeholders', 'Influence'].map((name) => {
    const rows = data.extra[name] ?? [];
    const header = Object.keys(rows[0] ?? {});
    return { name, rows: [header, ...rows.map((row) => header.map((key) => row[key] ?? null))] };
  });
  const diagnostics: Diagnostic[] = [];
  const stakeholders = readStakeholderSheets(
    {
      workbook: rawWorkbook(sheets),
      locale: 'en-US',
      accounts,
      accountIds: new Set(accounts.map((a) => a.id)),
      options: {},
    },
    diagnostics,
  );
  const base = makeModel(
    ['FY2026'],
    accounts.map((a) => ({ id: a.id, name: a.name, revenue: [1] })),
  );
  return { model: { ...base, ...(stakeholders ? { stakeholders } : {}) }, diagnostics };
}

async function compose(model: KamModel, account?: string): Promise<SlideSpec[]> {
  const ctx = await composeContext(model.deck);
  return composeOrgChart(analyseOrgChart(model, { account }), ctx);
}

/** Inside the slide; lines may have no width or height. */
function outside(slide: SlideSpec): SlideElement[] {
  const eps = 1e-6;
  const inside = (b: Box) =>
    b.xIn >= -eps &&
    b.yIn >= -eps &&
    b.wIn >= 0 &&
    b.hIn >= 0 &&
    b.xIn + b.wIn <= SLIDE.wIn + eps &&
    b.yIn + b.hIn <= SLIDE.hIn + eps;
  return slide.elements.filter((element) => !inside(element.box));
}

/** The people's boxes: filled rounded boxes without text, larger than a legend swatch. */
function personBoxes(slide: SlideSpec): ShapeElement[] {
  return slide.elements.filter(
    (e): e is ShapeElement =>
      e.type === 'shape' &&
      e.shape === 'roundRect' &&
      e.fill !== undefined &&
      e.text === undefined &&
      e.line?.dash === undefined &&
      e.box.wIn > 0.5,
  );
}

function expectWellLaidOut(slide: SlideSpec) {
  expect(outside(slide)).toEqual([]);
  expect(overlappingPairs({ ...slide, elements: personBoxes(slide) }, ['shape'])).toEqual([]);
  expect(overlappingPairs(slide, ['text'])).toEqual([]);
  const sizes = slide.elements.flatMap((e) => {
    if (e.type === 'text')
      return [e.style.sizePt, ...(typeof e.text === 'string' ? [] : e.text.map((r) => r.sizePt))];
    return e.type === 'shape' && e.text ? [e.text.style.sizePt] : [];
  });
  expect(
    Math.min(...sizes.filter((size): size is number => size !== undefined)),
  ).toBeGreaterThanOrEqual(TYPE.minimumPt);
  // Everything but the title and headline sits in the body (chart and legend).
  const body = slide.elements.slice(2);
  expect(body.every((e) => e.box.yIn >= orgChartRegions().chart.yIn - 0.1)).toBe(true);
}

describe('org chart of the bundled sample', () => {
  it('reads without problems and makes one slide per account with stakeholders', async () => {
    const { model, diagnostics } = sampleModel();
    expect(diagnostics).toEqual([]);
    const slides = await compose(model);
    expect(slides.map((s) => s.title)).toEqual([
      'Decision-making map: Northvale Health System',
      'Decision-making map: Granite Mutual Health Insurance',
    ]);
    for (const slide of slides) expectWellLaidOut(slide);
    expect(personBoxes(slides[0]!)).toHaveLength(15);
    expect(personBoxes(slides[1]!)).toHaveLength(6);
  });

  it('names the route to the deal on the slide and in the notes', async () => {
    const [slide] = await compose(sampleModel().model, 'KA-001');
    const sentence =
      'Win over Renata Alvarez-Quinn (Executive Vice President) through Simone Achterberg (Halden & Crane Advisory), who influences them';
    expect(slide?.elements[1]).toMatchObject({ type: 'text', text: sentence });
    expect(slide?.notes.startsWith(`${sentence}.`)).toBe(true);
    expect(slide?.notes).toContain('sheet "Stakeholders"');
    expect(slide?.notes).toContain('- Renata Alvarez-Quinn, Executive Vice President (Neutral)');
  });

  it('draws the external organisations in labelled frames', async () => {
    const [slide] = await compose(sampleModel().model, 'KA-001');
    const labels = slide!.elements.filter(
      (e) => e.type === 'text' && e.style.bold === true && e.style.color === '5F6B7A',
    );
    expect(labels.map((e) => (e.type === 'text' ? e.text : ''))).toEqual([
      'Halden & Crane Advisory',
      'Corvid EHR Systems',
    ]);
  });
});

describe('lines', () => {
  it('reporting lines are elbows; influence lines are dotted, the route green, conflict red', async () => {
    const [slide] = await compose(sampleModel().model, 'KA-001');
    const lines = slide!.elements.filter(
      (e): e is ShapeElement => e.type === 'shape' && e.shape === 'line',
    );
    const solid = lines.filter((l) => l.line?.dash === undefined);
    expect(solid.length).toBeGreaterThan(0);
    for (const l of solid) expect(l.box.wIn === 0 || l.box.hIn === 0).toBe(true);
    const dotted = lines.filter((l) => l.line?.dash === 'sysDot').map((l) => l.line?.color);
    expect(dotted).toContain('2E7D32'); // route: status.good
    expect(dotted).toContain('C62828'); // conflict: status.bad
  });

  it('a line going up to the right is flipped vertically', async () => {
    // B (bottom left) influences C (top right, a separate tree).
    const model = orgModel(
      [person('A'), person('B', { reportsTo: 'A' }), person('C')],
      [link('B', 'C')],
    );
    const [slide] = await compose(model);
    const influence = slide!.elements.filter(
      (e): e is ShapeElement =>
        e.type === 'shape' &&
        e.line?.endArrow === 'triangle' &&
        e.box.yIn < orgChartRegions().legend.yIn, // not the legend's sample line
    );
    expect(influence).toHaveLength(1);
    expect(influence[0]).toMatchObject({ flipV: true });
    expect(influence[0]?.flipH).toBeUndefined();
  });
});

describe('large organisations', () => {
  it('25 people fit on one slide', async () => {
    const { people, influences } = syntheticOrg(4, 4, 4);
    expect(people).toHaveLength(25);
    const slides = await compose(orgModel(people, influences));
    expect(slides).toHaveLength(1);
    expect(personBoxes(slides[0]!)).toHaveLength(25);
    expectWellLaidOut(slides[0]!);
  });

  it('a flat 24 reports under one manager fit in stacks', async () => {
    const { people } = syntheticOrg(24, 0, 0);
    const slides = await compose(orgModel(people));
    expect(slides).toHaveLength(1);
    expectWellLaidOut(slides[0]!);
  });

  it.each([
    [40, 5, 6, 4],
    [120, 9, 12, 2],
    [300, 12, 23, 11],
  ])('%i people: shrink to the minimum, then split by branch', async (total, b, r, e) => {
    const { people, influences } = syntheticOrg(b, r, e);
    expect(people).toHaveLength(total);
    const model = orgModel(people, influences);
    const slides = await compose(model);
    expect(slides.length).toBeGreaterThan(1);
    slides.forEach((slide, index) => {
      expect(slide.title).toBe(
        `Decision-making map: Acme Health (${index + 1} of ${slides.length})`,
      );
      expectWellLaidOut(slide);
    });
    const chart = analyseOrgChart(model, {}).charts[0]!;
    const pages = paginateChart(chart, orgChartRegions().chart);
    expect(pages.every((page) => page.layout.fits)).toBe(true);
    // Everyone is shown, and every reporting line is drawn on some slide.
    expect(new Set(pages.flatMap((page) => [...page.visible])).size).toBe(total);
    for (const p of people.filter((q) => q.reportsTo !== undefined))
      expect(pages.some((page) => page.visible.has(p.id) && page.visible.has(p.reportsTo!))).toBe(
        true,
      );
  });
});

describe('the slide module', () => {
  it('is skipped without a Stakeholders sheet or without people for the deck', () => {
    const bare = makeModel(['FY2026'], [{ id: 'A1', revenue: [1] }]);
    expect(orgChartSlide.unavailable?.(bare, {})).toBe('the workbook has no Stakeholders sheet');
    const elsewhere = orgModel([person('P1', { accountId: 'ZZ' })]);
    expect(orgChartSlide.unavailable?.(elsewhere, {})).toBe(
      'sheet "Stakeholders" has no people for the accounts in this deck',
    );
  });

  it('checks --account against the accounts that have stakeholders', () => {
    const model = orgModel([person('P1')]);
    expect(orgChartSlide.checkParams?.(model, { account: 'A1' })).toBeUndefined();
    expect(orgChartSlide.checkParams?.(model, { account: 'A9' })).toBe(
      'account "A9" has no stakeholders (accounts with stakeholders: A1)',
    );
    expect(orgChartSlide.params.safeParse({ account: 'A1', extra: 1 }).success).toBe(false);
  });
});
