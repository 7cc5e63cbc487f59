import { describe, expect, it } from 'vitest';
import type {
  ChartElement,
  SlideSpec,
  TableElement,
  TextElement,
} from '../../../src/compose/spec.js';
import { createFormatter } from '../../../src/compose/format.js';
import { LAYOUT } from '../../../src/compose/layout.js';
import type { KamModel } from '../../../src/model/model.js';
import {
  analyseDashboard,
  DEFAULT_DASHBOARD_PARAMS,
  type DashboardParams,
} from '../../../src/slides/dashboard/analyse.js';
import { composeDashboard } from '../../../src/slides/dashboard/compose.js';
import { loadTheme } from '../../../src/theme/load-theme.js';
import {
  composeContext,
  elementsOutsideSlide,
  overlappingPairs,
  visibleTexts,
} from '../../helpers/compose.js';
import {
  accountsModel,
  AUG_SEP,
  LONG_NAME,
  manyDashboardAccounts,
  sevenAccounts,
  withMrrHistory,
} from './fixtures.js';

async function dashboardSlides(
  model: KamModel,
  params: Partial<DashboardParams> = {},
): Promise<SlideSpec[]> {
  const result = analyseDashboard(model, { ...DEFAULT_DASHBOARD_PARAMS, ...params });
  return composeDashboard(result, await composeContext(model.deck));
}

async function mainSlide(model: KamModel, params: Partial<DashboardParams> = {}) {
  const slides = await dashboardSlides(model, params);
  return slides[0] as SlideSpec;
}

const charts = (slide: SlideSpec) =>
  slide.elements.filter((element): element is ChartElement => element.type === 'chart');
const tables = (slide: SlideSpec) =>
  slide.elements.filter((element): element is TableElement => element.type === 'table');
const texts = (slide: SlideSpec) =>
  slide.elements.filter((element): element is TextElement => element.type === 'text');
const runsOf = (element: TextElement) =>
  typeof element.text === 'string' ? [{ text: element.text }] : element.text;

const sevenWithHistory = () => withMrrHistory(sevenAccounts(), ['Aug 2026', 'Sep 2026'], AUG_SEP);

describe.each([
  ['7 accounts with MRR history', sevenWithHistory, {}, 1],
  ['7 accounts without MRR history', sevenAccounts, {}, 1],
  ['300 accounts, top 10', () => manyDashboardAccounts(300), {}, 1],
  // 30 listed: 10 beside the charts, then 13 and 7 on two continued slides.
  ['300 accounts, maxListed 30', () => manyDashboardAccounts(300), { maxListed: 30 }, 3],
])('dashboard with %s', (_, model, params, slideCount) => {
  it(`makes ${slideCount} slide(s)`, async () => {
    expect(await dashboardSlides(model(), params)).toHaveLength(slideCount);
  });

  it('keeps every element inside the 13.333 × 7.5 in slide', async () => {
    for (const slide of await dashboardSlides(model(), params))
      expect(elementsOutsideSlide(slide)).toEqual([]);
  });

  it('keeps the body elements between the headline and the bottom of the body region', async () => {
    for (const slide of await dashboardSlides(model(), params)) {
      const body = slide.elements.slice(2); // after the title and the headline
      for (const element of body) {
        expect(element.box.yIn).toBeGreaterThanOrEqual(LAYOUT.bodyTopIn - 1e-9);
        expect(element.box.yIn + element.box.hIn).toBeLessThanOrEqual(LAYOUT.bodyBottomIn + 1e-9);
      }
    }
  });

  it('has no text, chart or table overlapping another', async () => {
    for (const slide of await dashboardSlides(model(), params))
      expect(overlappingPairs(slide, ['text', 'chart', 'table'])).toEqual([]);
  });

  it('shows four KPI tiles and the two charts on the first slide', async () => {
    const slide = await mainSlide(model(), params);
    expect(charts(slide)).toHaveLength(2);
    const tiles = texts(slide).filter((element) => element.style.fill !== undefined);
    expect(tiles).toHaveLength(4);
  });
});

describe('dashboard charts', () => {
  it('plots current MRR per plan, each label with its change since the previous period', async () => {
    const [planChart] = charts(await mainSlide(sevenWithHistory()));
    const series = planChart?.chart.layers[0]?.series ?? [];
    expect(series).toHaveLength(1);
    // Horizontal bars are listed bottom-up: no plan, Premium, Standard, Basic.
    expect(series[0]?.values).toEqual([0, 12_000, 8_000, 2_500]);
    // 12500 → 12000: −4.0 %; 7400 → 8000: +8.1 %; 2400 → 2500: +4.2 %; 0 → 0: unchanged.
    expect(series[0]?.labels).toEqual([
      'No plan ±0%',
      'Premium ▼ 4.0%',
      'Standard ▲ 8.1%',
      'Basic ▲ 4.2%',
    ]);
    expect(planChart?.chart.dataLabels?.numberFormat).toBe(
      '[>=1000000]"$"#,##0.0,,"M";[>=1000]"$"#,##0,"K";"$"#,##0',
    );
  });

  it('labels plans by name only without history', async () => {
    const [planChart] = charts(await mainSlide(sevenAccounts()));
    expect(planChart?.chart.layers[0]?.series[0]?.labels).toEqual([
      'No plan',
      'Premium',
      'Standard',
      'Basic',
    ]);
  });

  it('counts accounts per onboarding status, each bar in its status colour', async () => {
    const theme = await loadTheme('corporate');
    const [, onboarding] = charts(await mainSlide(sevenAccounts()));
    const series = onboarding?.chart.layers[0]?.series[0];
    expect(series?.labels).toEqual([
      'No status',
      'Completed',
      'Stalled',
      'In progress',
      'Not started',
    ]);
    expect(series?.values).toEqual([1, 2, 1, 2, 1]);
    expect(series?.pointColors).toEqual([
      theme.neutrals.grid,
      theme.status.good,
      theme.status.warning,
      theme.colors.accent1,
      theme.colors.accent5,
    ]);
  });
});

describe('dashboard tiles', () => {
  const tileDetail = async (model: KamModel) => {
    const tile = texts(await mainSlide(model)).find((element) => element.style.fill !== undefined);
    return runsOf(tile as TextElement).at(-1);
  };

  it('shows the MRR change with ▲ in the theme’s good colour', async () => {
    const theme = await loadTheme('corporate');
    // +200 on 22300 = +0.9 %
    expect(await tileDetail(sevenWithHistory())).toEqual(
      expect.objectContaining({ text: '▲ $200 (0.9%) vs Aug 2026', color: theme.status.good }),
    );
  });

  it('shows a fall with ▼ in the bad colour', async () => {
    const theme = await loadTheme('corporate');
    const falling = { ...AUG_SEP, A5: [13_000, 12_000] }; // Aug 23300 → Sep 22500: −800, −3.4 %
    const model = withMrrHistory(sevenAccounts(), ['Aug 2026', 'Sep 2026'], falling);
    expect(await tileDetail(model)).toEqual(
      expect.objectContaining({ text: '▼ $800 (3.4%) vs Aug 2026', color: theme.status.bad }),
    );
  });

  it('says "no MRR history" without an MRR sheet', async () => {
    expect((await tileDetail(sevenAccounts()))?.text).toBe('no MRR history');
  });
});

describe('dashboard endangered list', () => {
  it('lists the endangered accounts with their reasons', async () => {
    const [table] = tables(await mainSlide(sevenAccounts()));
    expect(table?.rows.slice(1).map((row) => row.map((cell) => cell.text))).toEqual([
      ['Delta', '$4K', '45', 'Dec 31, 2026', 'risk flag'],
      ['Charlie', '$4K', '30', '–', 'low engagement (39)'],
      ['Bravo', '$1.5K', '10', '–', 'low satisfaction (5.9)'],
    ]);
  });

  it('at 300 accounts shows the top 10 and one "+ k more, MRR at risk" line', async () => {
    const model = manyDashboardAccounts(300);
    const { endangered } = analyseDashboard(model, DEFAULT_DASHBOARD_PARAMS);
    const slide = await mainSlide(model);
    expect(tables(slide)[0]?.rows).toHaveLength(11);
    const rest = endangered.accounts.length - 10;
    const more = visibleTexts(slide).find((text) => text.startsWith('+ '));
    expect(more).toContain(`+ ${rest} more endangered accounts`);
    // The rest's MRR, formatted as on the slide.
    const restMrr = endangered.accounts.slice(10).reduce((sum, account) => sum + account.mrr, 0);
    expect(more).toContain(`${createFormatter('en-US', 'USD').money(restMrr)} MRR at risk`);
  });

  it('gives the full names of the first 50 endangered accounts in the notes, even shortened ones', async () => {
    const model = manyDashboardAccounts(300);
    const { endangered } = analyseDashboard(model, DEFAULT_DASHBOARD_PARAMS);
    const slide = await mainSlide(model);
    const listed = endangered.accounts.slice(0, 50);
    expect(listed.some((account) => account.name.startsWith(LONG_NAME))).toBe(true);
    for (const account of listed) expect(slide.notes).toContain(account.name);
    const more = endangered.accounts.length - listed.length;
    if (more > 0) expect(slide.notes).toContain(`… and ${more} more (`);
  });

  it('continues the list on further slides when maxListed asks for more', async () => {
    const slides = await dashboardSlides(manyDashboardAccounts(300), { maxListed: 30 });
    expect(slides.map((slide) => tables(slide)[0]?.rows.length)).toEqual([11, 14, 8]);
    expect(slides[1]?.title).toBe('Endangered accounts (continued)');
    expect(visibleTexts(slides[0] as SlideSpec)).toContain('Continued on the next slide');
    expect(visibleTexts(slides[2] as SlideSpec).some((text) => text.startsWith('+ '))).toBe(true);
  });

  it('says so when no account is endangered', async () => {
    const model = accountsModel([{ id: 'H', name: 'Healthy', mrr: 100, engagement: 90 }]);
    const slide = await mainSlide(model);
    expect(tables(slide)).toEqual([]);
    expect(visibleTexts(slide).some((text) => text.startsWith('No endangered account'))).toBe(true);
  });
});

describe('dashboard: MRR sheet against the Accounts MRR', () => {
  const mismatched = () =>
    withMrrHistory(sevenAccounts(), ['Aug 2026', 'Sep 2026'], { ...AUG_SEP, A5: [12_000, 12_500] });

  it('warns on the slide and details the difference in the notes', async () => {
    const slide = await mainSlide(mismatched());
    expect(visibleTexts(slide)).toContain(
      '⚠ MRR sheet Sep 2026 ≠ Accounts MRR for 1 account; see the notes',
    );
    expect(slide.notes).toContain('Echo (A5): Accounts $12,000, MRR sheet $12,500');
    expect(elementsOutsideSlide(slide)).toEqual([]);
    expect(overlappingPairs(slide, ['text', 'chart', 'table'])).toEqual([]);
    const bottoms = slide.elements.map((element) => element.box.yIn + element.box.hIn);
    expect(Math.max(...bottoms)).toBeLessThanOrEqual(LAYOUT.bodyBottomIn + 1e-9);
  });

  it('states agreement in the notes when the sheets agree, and no warning on the slide', async () => {
    const slide = await mainSlide(sevenWithHistory());
    expect(slide.notes).toContain('agrees with the Accounts MRR for every account');
    expect(visibleTexts(slide).some((text) => text.startsWith('⚠'))).toBe(false);
  });
});
