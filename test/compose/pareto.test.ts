import { describe, expect, it } from 'vitest';
import type { ChartElement, SlideSpec } from '../../src/compose/spec.js';
import type { KamModel } from '../../src/model/model.js';
import { analysePareto, DEFAULT_PARETO_PARAMS } from '../../src/slides/pareto/analyse.js';
import { composePareto } from '../../src/slides/pareto/compose.js';
import {
  composeContext,
  elementsOutsideSlide,
  overflowingTexts,
  overlappingPairs,
} from '../helpers/compose.js';
import { fiveAccounts, LONG_NAMES, manyAccounts } from './fixtures.js';

async function paretoSlide(model: KamModel): Promise<SlideSpec> {
  const result = analysePareto(model, DEFAULT_PARETO_PARAMS);
  const slides = composePareto(result, await composeContext(model.deck));
  expect(slides).toHaveLength(1);
  return slides[0] as SlideSpec;
}

function chartOf(slide: SlideSpec): ChartElement {
  const chart = slide.elements.find((element) => element.type === 'chart');
  if (chart?.type !== 'chart') throw new Error('the Pareto slide has no chart');
  return chart;
}

describe.each([
  ['5 accounts', fiveAccounts, 5],
  ['300 accounts', () => manyAccounts(300), 26],
])('Pareto slide with %s', (_, model, bars) => {
  it('keeps every element inside the 13.333 × 7.5 in slide', async () => {
    expect(elementsOutsideSlide(await paretoSlide(model()))).toEqual([]);
  });

  it('has no two text boxes overlapping, nor text over the chart, nor text overflowing', async () => {
    const slide = await paretoSlide(model());
    expect(overflowingTexts(slide)).toEqual([]);
    expect(overlappingPairs(slide, ['text'])).toEqual([]);
    expect(overlappingPairs(slide, ['text', 'chart'])).toEqual([]);
  });

  it(`shows ${bars} category labels (top 25 and one "Other" bar at most)`, async () => {
    const chart = chartOf(await paretoSlide(model()));
    for (const layer of chart.chart.layers) {
      for (const series of layer.series) {
        expect(series.labels).toHaveLength(bars);
        expect(series.values).toHaveLength(bars);
      }
    }
  });

  it('has a bar layer on the primary axis and the cumulative line on a 0–100% secondary axis', async () => {
    const chart = chartOf(await paretoSlide(model())).chart;
    const bar = chart.layers.filter((layer) => layer.type === 'bar');
    const lines = chart.layers.filter((layer) => layer.type === 'line');
    expect(bar).toHaveLength(1);
    expect(bar[0]?.secondaryAxis ?? false).toBe(false);
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.every((layer) => layer.secondaryAxis === true)).toBe(true);
    expect(chart.secondaryValueAxis).toMatchObject({ min: 0, max: 1 });
    const cumulative = lines[0]?.series[0]?.values ?? [];
    expect(cumulative.at(-1)).toBeCloseTo(1, 12);
  });

  it('shortens long account names in the one-line category labels with an ellipsis', async () => {
    const labels = chartOf(await paretoSlide(model())).chart.layers[0]?.series[0]?.labels ?? [];
    for (const name of LONG_NAMES) {
      expect(labels.some((label) => label.includes(name))).toBe(false);
    }
    const shortened = labels.filter((label) =>
      label.startsWith(LONG_NAMES[0]?.slice(0, 12) ?? '?'),
    );
    expect(shortened.length).toBeGreaterThan(0);
    expect(shortened.every((label) => label.endsWith('…'))).toBe(true);
  });
});

describe('Pareto slide: values and notes', () => {
  it('plots every bar at its analysed revenue (bar series add up per category)', async () => {
    const model = manyAccounts(300);
    const result = analysePareto(model, DEFAULT_PARETO_PARAMS);
    const chart = chartOf(await paretoSlide(model)).chart;
    const barSeries = chart.layers.filter((layer) => layer.type === 'bar').flatMap((l) => l.series);
    const plotted = result.bars.map((_, index) =>
      barSeries.reduce((sum, series) => sum + (series.values[index] ?? 0), 0),
    );
    expect(plotted).toEqual(result.bars.map((bar) => bar.value));
    // The grouped bar holds the 275 accounts beyond the top 25.
    expect(result.bars.at(-1)?.accounts).toBe(275);
  });

  it('names the sheet and gives the full name of the largest (truncated) account in the notes', async () => {
    const slide = await paretoSlide(fiveAccounts());
    expect(slide.notes).toContain('"Revenue"');
    expect(slide.notes).toContain(LONG_NAMES[0]);
  });

  it('names the first 50 accounts grouped into "Other" in the notes and counts the rest', async () => {
    const model = manyAccounts(300);
    const slide = await paretoSlide(model);
    const grouped = analysePareto(model, DEFAULT_PARETO_PARAMS).rows.slice(25);
    const names = grouped.map((row) => row.name);
    expect(slide.notes).toContain(
      `Grouped accounts: ${names.slice(0, 50).join(', ')} and 225 more (`,
    );
  });

  // KNOWN GAP (reported, not fixed here: templates/…/pareto.hbs belongs to the Pareto slide): the
  // notes list only the vital few and the grouped accounts, so an account outside the vital few
  // whose label is shortened never appears in full. Turn this into `it` once the notes list them.
  it('gives the full name of every account whose bar label is shortened', async () => {
    const model = fiveAccounts();
    const slide = await paretoSlide(model);
    const labels = chartOf(slide).chart.layers[0]?.series[0]?.labels ?? [];
    const shortened = analysePareto(model, DEFAULT_PARETO_PARAMS).bars.filter(
      (bar, index) => labels[index] !== bar.label,
    );
    expect(shortened.map((bar) => bar.fullName)).toEqual(LONG_NAMES);
    for (const bar of shortened) expect(slide.notes).toContain(bar.fullName);
  });
});
