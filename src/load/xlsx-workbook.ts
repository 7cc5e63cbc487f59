/**
 * xl/workbook.xml and its relationships: which worksheets the workbook has, in tab order, with the
 * zip part that holds each, and whether its dates count from 1904. Chart sheets and other kinds of
 * sheet are left out (they hold no cells); hidden and very hidden worksheets are kept.
 */
import { DamagedXml, attributeOf, decodeAgain, tagsNamed } from './xml-text.js';

export interface WorkbookSheet {
  name: string;
  /** The zip entry holding the sheet, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  /** Day numbers count from 1904-01-01 (old Mac workbooks) instead of 1900. */
  date1904: boolean;
}

/** Excel's limit; exceljs cuts longer names to it. */
const MAX_SHEET_NAME = 31;

/** A relationship target, relative to xl/ unless absolute, as a zip entry name. */
export function partName(target: string, base = 'xl/'): string {
  const path = target.startsWith('/') ? target.slice(1) : `${base}${target}`;
  const parts: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** Relationship id → target part, for the worksheet relationships only. */
function worksheetTargets(relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const tag of tagsNamed(relsXml, 'Relationship')) {
    const id = attributeOf(tag, 'Id');
    const target = attributeOf(tag, 'Target');
    const type = attributeOf(tag, 'Type') ?? '';
    if (id !== undefined && target !== undefined && type.endsWith('/worksheet')) {
      targets.set(id, partName(target));
    }
  }
  return targets;
}

function isDate1904(workbookXml: string): boolean {
  const properties = tagsNamed(workbookXml, 'workbookPr')[0];
  const value = properties === undefined ? undefined : attributeOf(properties, 'date1904');
  return value === '1' || value === 'true';
}

export function readWorkbookInfo(
  workbookXml: string | undefined,
  relsXml: string | undefined,
): WorkbookInfo {
  if (workbookXml === undefined) return { sheets: [], date1904: false };
  const targets = worksheetTargets(relsXml ?? '');
  const sheets: WorkbookSheet[] = [];
  for (const tag of tagsNamed(workbookXml, 'sheet')) {
    const name = attributeOf(tag, 'name');
    if (name === undefined) throw new DamagedXml('a sheet without a name');
    const part = targets.get(attributeOf(tag, 'r:id') ?? '');
    if (part !== undefined) {
      sheets.push({ name: decodeAgain(name).slice(0, MAX_SHEET_NAME), part });
    }
  }
  return { sheets, date1904: isDate1904(workbookXml) };
}
