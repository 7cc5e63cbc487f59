/**
 * Number formats by cell style, read from xl/styles.xml for the streaming reader. exceljs's
 * streaming reader tests the number format of every numeric cell for a date with three regular
 * expressions; given styles that keep only the formats that matter to kamdeck (dates and
 * percentages), the plain numbers that fill large sheets skip that work. Dates and percentages
 * read exactly as with exceljs's own styles.
 */
import { createRequire } from 'node:module';

/** exceljs's table of built-in formats (ids below 164), so built-in ids mean what they mean there. */
const BUILT_IN = createRequire(import.meta.url)('exceljs/lib/xlsx/defaultnumformats.js') as Record<
  string,
  { f?: string }
>;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The number format code of each cell style (`<xf>` in `<cellXfs>`), undefined for none. */
export function cellNumberFormats(stylesXml: string): (string | undefined)[] {
  const custom = new Map<string, string>();
  for (const [tag] of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = attribute(tag, 'numFmtId');
    const code = attribute(tag, 'formatCode');
    if (id !== undefined && code !== undefined) custom.set(id, decodeEntities(code));
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map(([tag]) => {
    const id = attribute(tag, 'numFmtId') ?? '0';
    // As exceljs: style 0 ("General") carries no format.
    return id === '0' ? undefined : (custom.get(id) ?? BUILT_IN[id]?.f);
  });
}

/** exceljs's date test (utils.isDateFmt). */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** What exceljs's streaming reader asks for each cell's `s` attribute: a style with its format. */
export interface StyleSource {
  getStyleModel(id: number): { numFmt?: string } | undefined;
}

/** Styles carrying only date and percentage formats (kamdeck reads no other format). */
export function datesAndPercentStyles(formats: readonly (string | undefined)[]): StyleSource {
  const models = formats.map((code) =>
    code !== undefined && (isDateFormat(code) || code.replace(/"[^"]*"/g, '').includes('%'))
      ? { numFmt: code }
      : {},
  );
  return { getStyleModel: (id) => models[id] };
}
