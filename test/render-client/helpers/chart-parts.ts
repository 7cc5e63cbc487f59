/**
 * Reading charts back out of a .pptx, independently of the renderer's code: slides in presentation
 * order, each slide's charts in shape-tree order (the order of the spec's elements), and for each
 * chart its cached XML values and its embedded workbook's table as exceljs opens it.
 */
import { posix } from 'node:path';
import ExcelJS from 'exceljs';
import type JSZip from 'jszip';

export interface ChartPart {
  /** 1-based slide number. */
  slide: number;
  chart: string;
  workbook: string;
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (file === null) throw new Error(`${name} is not in the package`);
  return file.async('string');
}

function relsPath(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** Relationship id → target part name, for one part. */
async function relationships(zip: JSZip, part: string): Promise<Map<string, string>> {
  const xml = await text(zip, relsPath(part));
  const map = new Map<string, string>();
  for (const [tag] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(tag)?.[1];
    const target = /\bTarget="([^"]+)"/.exec(tag)?.[1];
    if (id === undefined || target === undefined) continue;
    // A target is relative to the part's folder, or absolute from the package root.
    const resolved = target.startsWith('/')
      ? target.slice(1)
      : posix.join(posix.dirname(part), target);
    map.set(id, posix.normalize(resolved));
  }
  return map;
}

async function slidesInOrder(zip: JSZip): Promise<string[]> {
  const presentation = 'ppt/presentation.xml';
  const rels = await relationships(zip, presentation);
  const xml = await text(zip, presentation);
  return [...xml.matchAll(/<p:sldId\b[^>]*\br:id="([^"]+)"/g)].map(([, id = '']) => {
    const slide = rels.get(id);
    if (slide === undefined) throw new Error(`presentation.xml names ${id}, which has no target`);
    return slide;
  });
}

/** Every chart of the deck, slide by slide, in the order the slides draw them. */
export async function chartParts(zip: JSZip): Promise<ChartPart[]> {
  const charts: ChartPart[] = [];
  for (const [index, slide] of (await slidesInOrder(zip)).entries()) {
    const rels = await relationships(zip, slide);
    const xml = await text(zip, slide);
    for (const [, id = ''] of xml.matchAll(/<c:chart\b[^>]*\br:id="([^"]+)"/g)) {
      const chart = rels.get(id);
      if (chart === undefined) throw new Error(`${slide}: chart ${id} has no target`);
      const embedded = [...(await relationships(zip, chart)).values()].find((target) =>
        target.endsWith('.xlsx'),
      );
      if (embedded === undefined) throw new Error(`${chart} has no embedded workbook`);
      charts.push({ slide: index + 1, chart, workbook: embedded });
    }
  }
  return charts;
}

export type Cell = string | number | undefined;

/** The first sheet of the embedded workbook, row by row (row 1 = header), as exceljs reads it. */
export async function workbookTable(zip: JSZip, part: string): Promise<Cell[][]> {
  const bytes = await zip.file(part)?.async('uint8array');
  if (bytes === undefined) throw new Error(`${part} is not in the package`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error(`${part} has no worksheet`);
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: Cell[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      const value = row.getCell(column).value;
      cells.push(typeof value === 'number' || typeof value === 'string' ? value : undefined);
    }
    rows[number - 1] = cells;
  });
  return rows;
}

export interface CachedSeries {
  name: string;
  /** Category labels (category charts) or X values (scatter, bubble). */
  categories: string[];
  values: number[];
  sizes: number[];
}

function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function points(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  return [...xml.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map(([, v = '']) =>
    unescapeXml(v),
  );
}

function element(xml: string, names: string[]): string | undefined {
  for (const name of names) {
    const found = new RegExp(`<c:${name}>.*?</c:${name}>`, 's').exec(xml)?.[0];
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The values cached in the chart XML (what a viewer draws before anyone edits the data). */
export async function cachedSeries(zip: JSZip, chartPart: string): Promise<CachedSeries[]> {
  const xml = await text(zip, chartPart);
  return [...xml.matchAll(/<c:ser>(.*?)<\/c:ser>/gs)].map(([, ser = '']) => ({
    name: points(element(ser, ['tx']))[0] ?? '',
    categories: points(element(ser, ['cat', 'xVal'])),
    values: points(element(ser, ['val', 'yVal'])).map(Number),
    sizes: points(element(ser, ['bubbleSize'])).map(Number),
  }));
}
