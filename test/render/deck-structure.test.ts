/**
 * The sample deck (title, agenda, Pareto, ABC) unzipped: a clean package, the slides and charts
 * expected, and chart data that is the analysis itself.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck, type BuildResult } from '../../src/index.js';
import { checkPackage } from '../../src/render/pptx/check-package.js';
import { analyseAbc } from '../../src/slides/abc/analyse.js';
import { analysePareto } from '../../src/slides/pareto/analyse.js';
import { makeTempDir, type TempDir } from '../load/helpers.js';
import {
  categoryCount,
  chartOfSlide,
  chartPartOfSlide,
  notesText,
  seriesOf,
  type ChartSeriesXml,
} from './pptx-xml.js';

const SAMPLE = 'sample-data/kam-sample.xlsx';
const SLIDES = ['title', 'agenda', 'pareto', 'abc'];

let result: BuildResult;
let zip: JSZip;
beforeAll(async () => {
  result = await buildDeck(SAMPLE, { slides: SLIDES });
  zip = await JSZip.loadAsync(result.bytes);
});

async function part(name: string): Promise<string> {
  const file = zip.file(name);
  if (file === null) throw new Error(`${name} is not in the deck`);
  return file.async('string');
}

async function embeddedSheet(chartPart: string): Promise<ExcelJS.Worksheet> {
  const rels = await part(chartPart.replace('charts/', 'charts/_rels/') + '.rels');
  const target = /Target="\.\.\/embeddings\/([^"]+\.xlsx)"/.exec(rels)?.[1];
  if (target === undefined) throw new Error(`${chartPart} has no embedded workbook`);
  const bytes = await zip.file(`ppt/embeddings/${target}`)?.async('uint8array');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes ?? new Uint8Array()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error(`${target} has no worksheet`);
  return sheet;
}

/** The sheet's table: header row (series names) and one row per category. */
function sheetTable(sheet: ExcelJS.Worksheet): { header: string[]; rows: unknown[][] } {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const [header = [], ...data] = rows;
  return { header: header.map(String), rows: data };
}

describe('sample deck package', () => {
  it('passes checkPackage with no problem', async () => {
    expect(await checkPackage(result.bytes)).toEqual([]);
  });

  it('has the five slides of title, agenda, Pareto and ABC (two slides)', async () => {
    expect(zip.file(/^ppt\/slides\/slide\d+\.xml$/)).toHaveLength(5);
    const presentation = await part('ppt/presentation.xml');
    expect(presentation.match(/<p:sldId\b/g)).toHaveLength(5);
  });

  it('has speaker notes on every analysis slide, naming the Revenue sheet and the input', async () => {
    for (const slide of [3, 4, 5]) {
      const notes = await notesText(zip, slide);
      expect(notes.length).toBeGreaterThan(200);
      expect(notes).toMatch(/"Revenue"|Revenue sheet/);
      expect(notes).toContain('kam-sample.xlsx');
    }
  });

  it('writes the theme fonts into ppt/theme/theme1.xml', async () => {
    const theme = await part('ppt/theme/theme1.xml');
    expect(/<a:majorFont><a:latin typeface="([^"]*)"/.exec(theme)?.[1]).toBe('Arial');
    expect(/<a:minorFont><a:latin typeface="([^"]*)"/.exec(theme)?.[1]).toBe('Arial');
  });
});

describe('Pareto chart', () => {
  let xml: string;
  let series: ChartSeriesXml[];
  beforeAll(async () => {
    xml = await chartOfSlide(zip, 3);
    series = seriesOf(xml);
  });

  it('is a bar + line combo with the line on a secondary value axis', () => {
    expect(xml).toContain('<c:barChart>');
    expect(xml).toContain('<c:lineChart>');
    expect(xml.match(/<c:valAx>/g)).toHaveLength(2);
    const axes = (chart: string) =>
      [
        ...(new RegExp(`<c:${chart}>.*?</c:${chart}>`, 's').exec(xml)?.[0] ?? '').matchAll(
          /<c:axId val="(\d+)"/g,
        ),
      ].map((match) => match[1]);
    expect(axes('lineChart')).not.toEqual(axes('barChart'));
  });

  it('names its series after the spec: revenue bars, the cumulative share and the cut', () => {
    const pareto = result.deck.slides[2];
    const chart = pareto?.elements.find((element) => element.type === 'chart');
    if (chart?.type !== 'chart') throw new Error('no Pareto chart in the spec');
    const specNames = chart.chart.layers.flatMap((layer) => layer.series.map((s) => s.name));
    expect(series.map((s) => s.name)).toEqual(specNames);
    expect(series.filter((s) => s.type === 'bar').every((s) => s.name.includes('FY2026'))).toBe(
      true,
    );
    expect(series.filter((s) => s.type === 'line').map((s) => s.name)).toEqual([
      'Cumulative share',
      '80% cut',
    ]);
  });

  it('has at most 26 categories: the top 25 accounts and "Other"', () => {
    const bars = analysePareto(result.model, { cut: 0.8, topN: 25 }).bars;
    expect(bars).toHaveLength(26);
    expect(categoryCount(xml)).toBe(bars.length);
    expect(series.every((s) => s.values.length === 26)).toBe(true);
    expect(series[0]?.categories.at(-1)).toBe('Other (15 accounts)');
  });

  it('ends the cumulative line at exactly 1', () => {
    const cumulative = series.find((s) => s.name === 'Cumulative share');
    expect(cumulative?.values.at(-1)).toBe(1);
  });

  it("embeds a workbook whose revenue equals analysePareto's bars, to the cent", async () => {
    const bars = analysePareto(result.model, { cut: 0.8, topN: 25 }).bars;
    const { header, rows } = sheetTable(await embeddedSheet(await chartPartOfSlide(zip, 3)));
    const barColumns = series.filter((s) => s.type === 'bar').map((s) => header.indexOf(s.name));
    expect(barColumns.every((index) => index >= 0)).toBe(true);
    const revenue = rows.map((row) =>
      barColumns.reduce((sum, index) => sum + Number(row[index] ?? 0), 0),
    );
    expect(revenue).toHaveLength(bars.length);
    revenue.forEach((value, index) => expect(value).toBeCloseTo(bars[index]?.value ?? NaN, 2));
    expect(rows.map((row) => row[header.indexOf('Cumulative share')])).toEqual(
      bars.map((bar) => bar.cumulativeShare),
    );
  });
});

describe('ABC chart', () => {
  it('is a clustered column chart of the shares of accounts and revenue per tier', async () => {
    const xml = await chartOfSlide(zip, 4);
    expect(xml).toContain('<c:barChart>');
    expect(xml).not.toContain('<c:lineChart>');
    expect(xml).toContain('<c:barDir val="col"/>');
    expect(xml).toContain('<c:grouping val="clustered"/>');
    const series = seriesOf(xml);
    expect(series.map((s) => s.name)).toEqual(['Share of accounts', 'Share of revenue']);
    expect(series[0]?.categories).toEqual(['Tier A', 'Tier B', 'Tier C']);
  });

  it('embeds a workbook whose values are the tier shares of the last period', async () => {
    const last = analyseAbc(result.model, { a: 0.8, b: 0.95 }).periods.at(-1);
    const { header, rows } = sheetTable(await embeddedSheet(await chartPartOfSlide(zip, 4)));
    expect(header).toEqual(['', 'Share of accounts', 'Share of revenue']);
    expect(rows).toEqual(
      (last?.summary ?? []).map((tier) => [
        `Tier ${tier.tier}`,
        tier.accountShare,
        tier.revenueShare,
      ]),
    );
  });
});

describe('theme fonts', () => {
  let dir: TempDir;
  beforeAll(async () => {
    dir = await makeTempDir();
  });
  afterAll(async () => {
    await dir.remove();
  });

  it("writes a custom theme's heading and body fonts into theme1.xml", async () => {
    const theme = await dir.file(
      'brand.json',
      JSON.stringify({
        name: 'brand',
        extends: 'corporate',
        fonts: { heading: 'Georgia', body: 'Verdana' },
      }),
    );
    const { bytes } = await buildDeck(SAMPLE, { slides: ['title'], theme: join(theme) });
    const xml = await (await JSZip.loadAsync(bytes)).file('ppt/theme/theme1.xml')?.async('string');
    expect(/<a:majorFont><a:latin typeface="([^"]*)"/.exec(xml ?? '')?.[1]).toBe('Georgia');
    expect(/<a:minorFont><a:latin typeface="([^"]*)"/.exec(xml ?? '')?.[1]).toBe('Verdana');
  });
});
