/** Reading bits of a .pptx in tests: a slide's chart, its series, its notes. Regexes, no parser. */
import type JSZip from 'jszip';

export interface ChartSeriesXml {
  type: 'bar' | 'line' | 'other';
  name: string;
  categories: string[];
  values: number[];
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (file === null) throw new Error(`${name} is not in the package`);
  return file.async('string');
}

/** The part name of the chart on slide `slide` (1-based). */
export async function chartPartOfSlide(zip: JSZip, slide: number): Promise<string> {
  const rels = await text(zip, `ppt/slides/_rels/slide${slide}.xml.rels`);
  const target = /Target="[^"]*\/charts\/(chart\d+\.xml)"/.exec(rels)?.[1];
  if (target === undefined) throw new Error(`slide ${slide} has no chart`);
  return `ppt/charts/${target}`;
}

/** The XML of the chart on slide `slide` (1-based). */
export async function chartOfSlide(zip: JSZip, slide: number): Promise<string> {
  return text(zip, await chartPartOfSlide(zip, slide));
}

function points(xml: string): string[] {
  return [...xml.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map((m) =>
    unescapeXml(m[1] ?? ''),
  );
}

/** Every series of a chart, in order, with the chart group it sits in. */
export function seriesOf(chartXml: string): ChartSeriesXml[] {
  const groups = [...chartXml.matchAll(/<c:(barChart|lineChart|\w+Chart)>(.*?)<\/c:\1>/gs)];
  return groups.flatMap(([, group = '', body = '']) =>
    [...body.matchAll(/<c:ser>(.*?)<\/c:ser>/gs)].map(([, ser = '']) => ({
      type: group === 'barChart' ? 'bar' : group === 'lineChart' ? 'line' : 'other',
      name: points(/<c:tx>.*?<\/c:tx>/s.exec(ser)?.[0] ?? '')[0] ?? '',
      categories: points(/<c:cat>.*?<\/c:cat>/s.exec(ser)?.[0] ?? ''),
      values: points(/<c:val>.*?<\/c:val>/s.exec(ser)?.[0] ?? '').map(Number),
    })),
  );
}

/** The number of categories the first series declares. */
export function categoryCount(chartXml: string): number {
  const cat = /<c:cat>.*?<c:ptCount val="(\d+)"/s.exec(chartXml);
  return Number(cat?.[1] ?? NaN);
}

/** The speaker notes of slide `slide` (1-based) as plain text. */
export async function notesText(zip: JSZip, slide: number): Promise<string> {
  const rels = await text(zip, `ppt/slides/_rels/slide${slide}.xml.rels`);
  const target = /Target="[^"]*\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
  if (target === undefined) return '';
  const xml = await text(zip, `ppt/notesSlides/${target}`);
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join('\n');
}
