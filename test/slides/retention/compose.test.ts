import { beforeAll, describe, expect, it } from 'vitest';
import type {
  ChartElement,
  SlideSpec,
  TableElement,
  TextElement,
} from '../../../src/compose/spec.js';
import type { ComposeContext } from '../../../src/slides/slide-module.js';
import { analyseRetention } from '../../../src/slides/retention/analyse.js';
import { composeRetention } from '../../../src/slides/retention/compose.js';
import { LONG_NAMES } from '../../compose/fixtures.js';
import {
  composeContext,
  elementsOutsideSlide,
  overlappingPairs,
  visibleTexts,
} from '../../helpers/compose.js';
import { mrrModel, randomMrrModel } from './fixtures.js';

// K1 expands 1000 → 1200, K2 contracts 800 → 600, K3 churns 300 → 0 (in Nov), K4 is new 0 → 100,
// K5 is flat: 2600 + 100 + 200 − 200 − 300 = 2400.
const SMALL = mrrModel(
  ['Oct 2025', 'Nov 2025', 'Dec 2025'],
  [
    { id: 'K1', name: LONG_NAMES[0], mrr: [1000, 1000, 1200] },
    { id: 'K2', name: 'Bluepeak Labs', mrr: [800, 800, 600] },
    { id: 'K3', name: 'Crescent Payers', mrr: [300, 0, 0] },
    { id: 'K4', name: 'Delta Pharma', mrr: [0, 100, 100] },
    { id: 'K5', name: LONG_NAMES[1], mrr: [500, 500, 500] },
  ],
);

let ctx: ComposeContext;
beforeAll(async () => {
  ctx = await composeContext(SMALL.deck);
});

const compose = (model = SMALL, params = {}) =>
  composeRetention(analyseRetention(model, params), ctx);
const charts = (slide: SlideSpec | undefined) =>
  (slide?.elements ?? []).filter((e): e is ChartElement => e.type === 'chart');
const tables = (slide: SlideSpec | undefined) =>
  (slide?.elements ?? []).filter((e): e is TableElement => e.type === 'table');
const texts = (slide: SlideSpec | undefined) =>
  (slide?.elements ?? []).filter((e): e is TextElement => e.type === 'text');

function expectClean(slides: SlideSpec[]): void {
  for (const slide of slides) {
    expect(elementsOutsideSlide(slide)).toEqual([]);
    expect(overlappingPairs(slide, ['text', 'table', 'chart'])).toEqual([]);
  }
}

describe('composeRetention: the bridge slide', () => {
  it('makes two slides that fit the slide without overlaps', () => {
    const slides = compose();
    expect(slides.map((slide) => slide.title)).toEqual([
      'Account retention: MRR bridge',
      'Retention trend and lost MRR',
    ]);
    expectClean(slides);
  });

  it('draws the waterfall as an invisible base plus total, increase and decrease series', () => {
    const [chart] = charts(compose()[0]);
    const layer = chart?.chart.layers[0];
    expect(layer).toMatchObject({ type: 'bar', grouping: 'stacked' });
    expect(layer?.series.map((series) => [series.invisible === true, series.values])).toEqual([
      // bases: start and end stand on 0; new from 2600; expansion from 2700; contraction hangs
      // from 2900 down to 2700; churn from 2700 down to 2400
      [true, [0, 2600, 2700, 2700, 2400, 0]],
      [false, [2600, 0, 0, 0, 0, 2400]],
      [false, [0, 100, 200, 0, 0, 0]],
      [false, [0, 0, 0, 200, 300, 0]],
    ]);
    expect(layer?.series[0]?.labels).toEqual([
      'MRR Oct 2025\n$2.6K',
      'New (1)\n+$100',
      'Expansion (1)\n+$200',
      'Contraction (1)\n−$200',
      'Churn (1)\n−$300',
      'MRR Dec 2025\n$2.4K',
    ]);
    // The invisible base may not show up in a legend or in data labels.
    expect(chart?.chart.legend).toBe('none');
    expect(chart?.chart.dataLabels).toBeUndefined();
  });

  it('cuts the value axis so the movements are visible: 2900 − 500 / 0.4 = 1650, floored to 1500', () => {
    const [chart] = charts(compose()[0]);
    expect(chart?.chart.valueAxis.min).toBe(1500);
    expect(compose()[0]?.notes).toContain('The value axis starts at $1.5K');
  });

  it('shows GRR, NRR and logo retention of the window', () => {
    // GRR = (2600 − 300 − 200) / 2600 = 80.8%; NRR = (2100 + 200) / 2600 = 88.5%; logo = (4 − 1) / 4 = 75%
    const shown = visibleTexts(compose()[0] as SlideSpec);
    expect(shown).toEqual(expect.arrayContaining(['80.8%', '88.5%', '75.0%']));
    expect(compose()[0]?.notes).toContain('= $2,400');
  });

  it('says "n/a" instead of ratios when nothing paid at the start', () => {
    const model = mrrModel(['Q1 2026', 'Q2 2026'], [{ id: 'A', mrr: [0, 10] }]);
    const [bridge, trend] = compose(model);
    expect(visibleTexts(bridge as SlideSpec).filter((text) => text === 'n/a')).toHaveLength(3);
    expect(
      bridge?.elements.find(
        (e) => e.type === 'text' && String(e.text).startsWith('No account paid'),
      ),
    ).toBeDefined();
    expect(charts(trend)).toEqual([]);
    expect(visibleTexts(trend as SlideSpec)).toContain(
      'Retention ratios are undefined for every period: no account had MRR at the start of any of them.',
    );
  });
});

describe('composeRetention: the trend slide', () => {
  it('plots NRR, GRR and logo retention per pair, labelled by the later period', () => {
    const [chart] = charts(compose()[1]);
    const series = chart?.chart.layers.flatMap((layer) => layer.series) ?? [];
    expect(series.map((line) => line.name)).toEqual(['NRR', 'GRR', 'Logo retention']);
    expect(series[0]?.labels).toEqual(['Nov 2025', 'Dec 2025']);
    // Oct → Nov: start 2600, new 100, churn 300 → GRR = NRR = 2300 / 2600; logo = (4 − 1) / 4
    // Nov → Dec: start 2400, +200, −200 → GRR 2200 / 2400, NRR 2400 / 2400; logo 4 / 4
    expect(series[1]?.values[0]).toBeCloseTo(2300 / 2600, 12);
    expect(series[0]?.values[1]).toBe(1);
    expect(series[1]?.values[1]).toBeCloseTo(2200 / 2400, 12);
    expect(series[2]?.values).toEqual([0.75, 1]);
    // ratios span 0.75–1; pad = 0.25 × 0.15 = 0.0375; step = nice((0.25 + 0.075) / 5 = 0.065) = 0.1
    // → min = floor(0.7125 / 0.1) × 0.1 = 0.7, max = ceil(1.0375 / 0.1) × 0.1 = 1.1
    expect(chart?.chart.valueAxis).toMatchObject({ min: 0.7, max: 1.1, numberFormat: '0%' });
  });

  it('leaves pairs without MRR at their start out of the chart and names them in the notes', () => {
    const model = mrrModel(
      ['Oct 2025', 'Nov 2025', 'Dec 2025', 'Jan 2026'],
      [{ id: 'A', mrr: [0, 0, 10, 20] }],
    );
    const [, trend] = compose(model);
    expect(charts(trend)[0]?.chart.layers[0]?.series[0]?.labels).toEqual(['Jan 2026']);
    expect(trend?.notes).toContain(
      'Left out of the chart because no account had MRR at their start (ratios undefined): Nov 2025, Dec 2025.',
    );
  });

  it('lists churned and contracted accounts, largest loss first', () => {
    const [table] = tables(compose()[1]);
    expect(table?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Churned or contracted account', 'Movement', 'Oct 2025', 'Dec 2025', 'Change'],
      ['Crescent Payers', 'Churned', '$300', '$0', '−$300 (−100%)'],
      ['Bluepeak Labs', 'Contracted', '$800', '$600', '−$200 (−25%)'],
    ]);
    expect(visibleTexts(compose()[1] as SlideSpec)).toContain(
      'Lost MRR: churn $300 (1 account) + contraction $200 (1 account) = $500, 19.2% of Oct 2025 MRR.',
    );
  });

  it('says so when no account churned or contracted', () => {
    const model = mrrModel(['Q1 2026', 'Q2 2026'], [{ id: 'A', mrr: [10, 20] }]);
    const [, trend] = compose(model);
    expect(tables(trend)).toEqual([]);
    expect(visibleTexts(trend as SlideSpec)).toContain(
      'No account churned or contracted between Q1 2026 and Q2 2026.',
    );
    expect(trend?.notes).toBeDefined();
  });
});

describe('composeRetention at a large size (300 accounts, 36 months)', () => {
  const model = randomMrrModel(300, 300, 36);
  const result = analyseRetention(model, {});

  it('keeps everything on the slide and caps the table with a "+ n more" line', () => {
    const slides = composeRetention(result, ctx);
    expectClean(slides);
    const [table] = tables(slides[1]);
    const shown = (table?.rows.length ?? 1) - 1;
    expect(result.losses.length).toBeGreaterThan(shown);
    // body 5.1 in − caption 0.35 = 4.75; minus the two lines below (0.35 + 0.55 + 2 × 0.08) = 3.69
    // → floor(3.69 / 0.3) = 12 rows of 0.3 in, one of them the header → 11 accounts
    expect(shown).toBe(11);
    const more = texts(slides[1]).find((element) => String(element.text).startsWith('+ '));
    expect(more?.text).toBe(
      `+ ${result.losses.length - shown} more accounts lost ${ctx.format.money(
        result.losses
          .slice(shown)
          .reduce((sum, movement) => sum + movement.start - movement.end, 0),
      )} of MRR (the first 50 listed in the notes)`,
    );
    // The notes list the 50 largest losses and count the rest.
    for (const movement of result.losses.slice(0, 50))
      expect(slides[1]?.notes).toContain(`(${movement.id})`);
    expect(slides[1]?.notes).not.toContain(`(${result.losses[50]?.id ?? ''})`);
    expect(slides[1]?.notes).toContain(`… and ${result.losses.length - 50} more (`);
  });

  it('turns the trend labels and drops markers past 12 points', () => {
    const [chart] = charts(composeRetention(result, ctx)[1]);
    expect(chart?.chart.categoryAxis.labelRotateDeg).toBe(-45);
    expect(chart?.chart.layers[0]?.showMarkers).toBe(false);
    expect(chart?.chart.layers[0]?.series[0]?.labels).toHaveLength(35);
  });
});
