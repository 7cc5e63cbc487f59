/**
 * What exceljs's streaming reader does not report: the hidden rows and merged ranges of each
 * worksheet. They are found by scanning the sheets' XML while the zip guard has it unpacked
 * anyway, and matched to sheet names through xl/workbook.xml and its relationships.
 */
import { cellNumberFormats } from './xlsx-number-formats.js';
import type { ZipEntryInfo, ZipEntryInspector } from './zip-guard.js';

/** A merged range, 1-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetLayout {
  hiddenRows: Set<number>;
  merges: MergedRange[];
}

const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const HIDDEN = [Buffer.from(' hidden="1"'), Buffer.from(' hidden="true"')];
const MERGE_TAG = Buffer.from('<mergeCell ');

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Row numbers of `<row … hidden="1">` tags (a hidden column's `<col>` tag is not a row). */
function hiddenRows(xml: Buffer): Set<number> {
  const rows = new Set<number>();
  for (const needle of HIDDEN) {
    for (let at = xml.indexOf(needle); at !== -1; at = xml.indexOf(needle, at + 1)) {
      const start = xml.lastIndexOf('<', at);
      const tag = xml.toString('latin1', start, xml.indexOf('>', at) + 1);
      const row = tag.startsWith('<row ') ? Number(attribute(tag, 'r')) : Number.NaN;
      if (Number.isInteger(row)) rows.add(row);
    }
  }
  return rows;
}

function cellAddress(ref: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.toUpperCase());
  if (match === null) return undefined;
  const col = [...(match[1] ?? '')].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), col };
}

function mergedRanges(xml: Buffer): MergedRange[] {
  const ranges: MergedRange[] = [];
  for (let at = xml.indexOf(MERGE_TAG); at !== -1; at = xml.indexOf(MERGE_TAG, at + 1)) {
    const tag = xml.toString('latin1', at, xml.indexOf('>', at) + 1);
    const [from, to] = (attribute(tag, 'ref') ?? '').split(':').map(cellAddress);
    if (from === undefined || to === undefined) continue;
    ranges.push({ top: from.row, left: from.col, bottom: to.row, right: to.col });
  }
  return ranges;
}

/** `worksheets/sheet1.xml` or `/xl/worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`. */
function partName(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** Sheet name → layout, from the scanned parts. */
function layoutsByName(
  workbookXml: string,
  relsXml: string,
  byPart: ReadonlyMap<string, SheetLayout>,
): Map<string, SheetLayout> {
  const targets = new Map<string, string>();
  for (const [tag] of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, partName(decodeEntities(target)));
  }
  const layouts = new Map<string, SheetLayout>();
  for (const [tag] of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const part = targets.get(attribute(tag, 'r:id') ?? '');
    const layout = part === undefined ? undefined : byPart.get(part);
    if (name !== undefined && layout !== undefined) layouts.set(decodeEntities(name), layout);
  }
  return layouts;
}

/**
 * An inspector for the zip guard, and what it found once the guard is done: the sheets' layouts
 * and the number format of each cell style.
 */
export function sheetLayoutCollector(): {
  inspect: ZipEntryInspector;
  layouts: () => Map<string, SheetLayout>;
  numberFormats: () => (string | undefined)[];
} {
  let workbookXml = '';
  let relsXml = '';
  let stylesXml = '';
  const byPart = new Map<string, SheetLayout>();
  const inspect = (entry: ZipEntryInfo, content: Buffer): void => {
    if (entry.name === 'xl/workbook.xml') workbookXml = content.toString('utf8');
    else if (entry.name === 'xl/_rels/workbook.xml.rels') relsXml = content.toString('utf8');
    else if (entry.name === 'xl/styles.xml') stylesXml = content.toString('utf8');
    else if (WORKSHEET_PART.test(entry.name))
      byPart.set(entry.name, { hiddenRows: hiddenRows(content), merges: mergedRanges(content) });
  };
  return {
    inspect,
    layouts: () => layoutsByName(workbookXml, relsXml, byPart),
    numberFormats: () => cellNumberFormats(stylesXml),
  };
}
