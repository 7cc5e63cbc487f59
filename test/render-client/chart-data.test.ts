/**
 * The numbers inside every native chart of every bundled deck, read back from the package: each
 * chart's embedded workbook (what "Edit Data" opens) and its cached XML values equal the ChartSpec
 * series — which checks the whole pipeline for every slide kind at once — and, for the key
 * analyses, the spec's numbers are the analysis results themselves (Pareto revenue, ABC shares,
 * the MRR bridge), to the cent.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFormatter } from '../../src/compose/format.js';
import type { ChartElement, DeckSpec } from '../../src/compose/spec.js';
import type { KamModel } from '../../src/model/model.js';
import { loadModel } from '../../src/pipeline.js';
import { analyseAbc, type AbcParams } from '../../src/slides/abc/analyse.js';
import { analysePareto, type ParetoParams } from '../../src/slides/pareto/analyse.js';
import { planSlides } from '../../src/slides/plan.js';
import type { SlideKind } from '../../src/slides/registry.js';
import { analyseRetention, type RetentionParams } from '../../src/slides/retention/analyse.js';
import { loadTemplate } from '../../src/templates/load-template.js';
import { cacheMismatches, workbookMismatches } from './helpers/chart-expectations.js';
import {
  cachedSeries,
  chartParts,
  workbookTable,
  type Cell,
  type ChartPart,
} from './helpers/chart-parts.js';
import {
  readDeckSpec,
  readManifest,
  SAMPLE,
  type RenderedCombination,
} from './helpers/manifest.js';

const manifest = await readManifest();
const { model } = await loadModel(SAMPLE);

interface DeckCharts {
  deck: DeckSpec;
  zip: JSZip;
  /** Chart elements of the spec, slide by slide, paired with the part that renders each. */
  charts: { slide: number; element: ChartElement; part: ChartPart | undefined }[];
  parts: ChartPart[];
}

async function openDeck(combination: RenderedCombination): Promise<DeckCharts> {
  const deck = await readDeckSpec(combination);
  const zip = await JSZip.loadAsync(await readFile(combination.pptx));
  const parts = await chartParts(zip);
  const elements = deck.slides.flatMap((slide, index) =>
    slide.elements
      .filter((element): element is ChartElement => element.type === 'chart')
      .map((element) => ({ slide: index + 1, element })),
  );
  return { deck, zip, parts, charts: elements.map((chart, i) => ({ ...chart, part: parts[i] })) };
}

/**
 * The params of `kind` in the template, resolved by the pipeline's own planner (template options,
 * defaults, planner-level options such as overviewOnly); the analysis itself is then run here.
 */
function paramsOf(template: string, kind: SlideKind, deckModel: KamModel): unknown {
  const format = createFormatter(deckModel.deck.locale, deckModel.deck.currency);
  const { manifest: slides } = loadTemplate(template, deckModel.deck.locale, format);
  return planSlides(deckModel, slides, {}).slides.find((slide) => slide.module.kind === kind)
    ?.params;
}

/** The workbook table of the first chart on the first slide of `kind`. */
async function firstChartOf(opened: DeckCharts, kind: string) {
  const slide = opened.deck.slides.findIndex((spec) => spec.kind === kind) + 1;
  const chart = opened.charts.find((entry) => entry.slide === slide);
  if (chart?.part === undefined) throw new Error(`no chart on the ${kind} slide`);
  return {
    chart: chart.element.chart,
    table: await workbookTable(opened.zip, chart.part.workbook),
  };
}

/** Row sums (data rows only) over the workbook columns of the given series indexes. */
function rowSums(table: Cell[][], seriesIndexes: number[]): number[] {
  return table
    .slice(1)
    .map((row) => seriesIndexes.reduce((sum, index) => sum + Number(row[index + 1] ?? 0), 0));
}

function seriesIndexes(
  chart: ChartElement['chart'],
  keep: (layerType: string, invisible: boolean) => boolean,
): number[] {
  return chart.layers
    .flatMap((layer) => layer.series.map((series) => ({ layer, series })))
    .flatMap(({ layer, series }, index) =>
      keep(layer.type, series.invisible === true) ? [index] : [],
    );
}

// A deck that failed to build is reported by pages.test.ts.
describe.each(manifest.combinations.filter((c) => c.built))('$id', (combination) => {
  let opened: DeckCharts;
  beforeAll(async () => {
    opened = await openDeck(combination);
  });

  it('has one chart part per chart of the spec, on the same slides', () => {
    expect(opened.charts.length).toBeGreaterThan(0);
    expect(opened.parts.map((part) => part.slide)).toEqual(opened.charts.map((c) => c.slide));
  });

  it("embeds in every chart a workbook that opens and holds the spec's series values", async () => {
    const problems: string[] = [];
    for (const [index, { slide, element, part }] of opened.charts.entries()) {
      if (part === undefined) continue;
      const where = `slide ${slide} (${opened.deck.slides[slide - 1]?.kind}), chart ${index + 1}`;
      const table = await workbookTable(opened.zip, part.workbook);
      problems.push(...workbookMismatches(table, element.chart).map((p) => `${where}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it("caches the spec's series values in every chart's XML", async () => {
    const problems: string[] = [];
    for (const [index, { slide, element, part }] of opened.charts.entries()) {
      if (part === undefined) continue;
      const where = `slide ${slide}, chart ${index + 1}`;
      const cached = await cachedSeries(opened.zip, part.chart);
      problems.push(...cacheMismatches(cached, element.chart).map((p) => `${where}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('Pareto: the bars are analysePareto revenue and the line its cumulative share', async (context) => {
    const params = paramsOf(combination.template, 'pareto', model) as ParetoParams | undefined;
    if (params === undefined) return context.skip();
    const { bars } = analysePareto(model, params);
    const { chart, table } = await firstChartOf(opened, 'pareto');
    const revenue = rowSums(
      table,
      seriesIndexes(chart, (type) => type === 'bar'),
    );
    expect(revenue).toHaveLength(bars.length);
    revenue.forEach((value, i) => expect(value).toBeCloseTo(bars[i]?.value ?? NaN, 2));
    const lines = seriesIndexes(chart, (type) => type === 'line');
    const cumulative = bars.map((bar) => bar.cumulativeShare);
    expect(
      lines.some((i) => JSON.stringify(rowSums(table, [i])) === JSON.stringify(cumulative)),
    ).toBe(true);
  });

  it('ABC: the columns are the share of accounts and of revenue per tier, last period', async (context) => {
    const params = paramsOf(combination.template, 'abc', model) as AbcParams | undefined;
    if (params === undefined) return context.skip();
    const last = analyseAbc(model, params).periods.at(-1);
    const { table } = await firstChartOf(opened, 'abc');
    expect(table.slice(1).map((row) => [row[1], row[2]])).toEqual(
      (last?.summary ?? []).map((tier) => [tier.accountShare, tier.revenueShare]),
    );
  });

  it('Retention: the waterfall columns are the MRR bridge movements', async (context) => {
    const params = paramsOf(combination.template, 'retention', model) as
      RetentionParams | undefined;
    if (params === undefined || model.mrr === undefined) return context.skip();
    const { window } = analyseRetention(model, params);
    const { chart, table } = await firstChartOf(opened, 'retention');
    const visible = rowSums(
      table,
      seriesIndexes(chart, (type, invisible) => type === 'bar' && !invisible),
    );
    const movements = [
      window.start,
      window.new,
      window.expansion,
      window.contraction,
      window.churn,
      window.end,
    ];
    expect(visible).toHaveLength(movements.length);
    visible.forEach((value, i) => expect(value).toBeCloseTo(movements[i] ?? NaN, 2));
  });
});
