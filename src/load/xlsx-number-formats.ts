/**
 * What a cell's style says about its number: a date (Excel stores dates as day numbers), a
 * percentage ("0.0%": 0.15 means 15%), or neither. Read from xl/styles.xml: each cell style
 * (`<xf>` in `<cellXfs>`) names a number format, built in (ids below 164) or custom (`<numFmt>`).
 * The rules are exceljs's, so workbooks read as they always have.
 */
import { attributeOf, tagsNamed } from './xml-text.js';

const PLAIN = 0;
export const DATE = 1;
export const PERCENT = 2;

/**
 * The built-in formats (ids below 164) that are dates or percentages, as exceljs knows them; the
 * others show plain numbers. (exceljs has no code for the East Asian date ids 27–36 and 50–58, so
 * they have always read as numbers.)
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  9: '0%',
  10: '0.00%',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};

/** Date letters outside [colour/locale] blocks and "quoted text" make a date format. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A "%" outside quoted text shows the value as a percentage. */
function isPercentFormat(code: string): boolean {
  return code.replace(/"[^"]*"/g, '').includes('%');
}

function formatKind(code: string | undefined): number {
  if (code === undefined) return PLAIN;
  if (isDateFormat(code)) return DATE;
  return isPercentFormat(code) ? PERCENT : PLAIN;
}

function customFormats(stylesXml: string): Map<number, string> {
  const custom = new Map<number, string>();
  for (const tag of tagsNamed(stylesXml, 'numFmt')) {
    const id = parseInt(attributeOf(tag, 'numFmtId') ?? '', 10);
    // Backslash-escaped characters are literal text: "0.0\%" shows a percent sign.
    const code = attributeOf(tag, 'formatCode')?.replace(/[\\](.)/g, '$1');
    if (code !== undefined) custom.set(id, code);
  }
  return custom;
}

/** The number format code of each cell style, by style index; undefined for none. */
function cellNumberFormats(stylesXml: string): (string | undefined)[] {
  const custom = customFormats(stylesXml);
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  return tagsNamed(cellXfs, 'xf').map((tag) => {
    const id = parseInt(attributeOf(tag, 'numFmtId') ?? '', 10);
    // Format 0 ("General") and an unreadable id carry no format.
    if (!id) return undefined;
    return custom.get(id) || BUILT_IN[id];
  });
}

/** What kamdeck reads from each cell style: PLAIN, DATE or PERCENT, by style index. */
export interface CellStyles {
  kinds: Uint8Array;
}

export function readCellStyles(stylesXml: string | undefined): CellStyles {
  const formats = stylesXml === undefined ? [] : cellNumberFormats(stylesXml);
  const kinds = Uint8Array.from(formats, formatKind);
  // exceljs ignores style 0 whatever it says: a cell with s="0" is a plain cell.
  if (kinds.length > 0) kinds[0] = PLAIN;
  return { kinds };
}

/** The kind of style `index` (0 = no style, as a cell without an s attribute). */
export function styleKind(styles: CellStyles, index: number): number {
  return styles.kinds[index] ?? PLAIN;
}
