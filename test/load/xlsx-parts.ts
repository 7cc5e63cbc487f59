/**
 * Workbooks written part by part, as raw XML, for the reader's unit tests: what Excel, LibreOffice
 * or a script may write that exceljs never does (inline strings, cells without `r`, phonetic
 * guides, covered cells that keep a value, chart sheets, damaged XML).
 */
import JSZip from 'jszip';

export interface SheetPart {
  name: string;
  /** The content of `<sheetData>`; undefined for a chart sheet. */
  rows?: string;
  /** XML after `</sheetData>` (mergeCells, hyperlinks). */
  tail?: string;
  /** The whole worksheet part instead of rows and tail (to damage it). */
  raw?: string;
  state?: 'hidden' | 'veryHidden';
}

export interface WorkbookParts {
  sheets: SheetPart[];
  /** Inner XML of each `<si>`. */
  sharedStrings?: string[];
  /** `<numFmt>` elements and the `numFmtId` of each cell style (index 0 first). */
  numFmts?: string;
  cellStyles?: number[];
  date1904?: boolean;
  compression?: 'STORE' | 'DEFLATE';
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function workbookXml(parts: WorkbookParts): string {
  const sheets = parts.sheets
    .map(
      (sheet, index) =>
        `<sheet name="${escape(sheet.name)}" sheetId="${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${index + 1}"/>`,
    )
    .join('');
  const properties = parts.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>';
  return `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}">${properties}<sheets>${sheets}</sheets></workbook>`;
}

function relsXml(parts: WorkbookParts): string {
  const rels = parts.sheets
    .map((sheet, index) =>
      sheet.rows === undefined && sheet.raw === undefined
        ? `<Relationship Id="rId${index + 1}" Type="${RELS}/chartsheet" Target="chartsheets/sheet${index + 1}.xml"/>`
        : `<Relationship Id="rId${index + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

function stylesXml(parts: WorkbookParts): string {
  const xfs = (parts.cellStyles ?? [0]).map((id) => `<xf numFmtId="${id}"/>`).join('');
  const numFmts = parts.numFmts ? `<numFmts>${parts.numFmts}</numFmts>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">${numFmts}<cellXfs count="${(parts.cellStyles ?? [0]).length}">${xfs}</cellXfs></styleSheet>`;
}

export function worksheetXml(rows: string, tail = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${RELS}"><sheetData>${rows}</sheetData>${tail}</worksheet>`;
}

/** The zip of a workbook made of these parts. */
export async function workbookBytes(parts: WorkbookParts): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('xl/workbook.xml', workbookXml(parts));
  zip.file('xl/_rels/workbook.xml.rels', relsXml(parts));
  zip.file('xl/styles.xml', stylesXml(parts));
  if (parts.sharedStrings !== undefined) {
    const items = parts.sharedStrings.map((item) => `<si>${item}</si>`).join('');
    zip.file('xl/sharedStrings.xml', `<sst xmlns="${MAIN}">${items}</sst>`);
  }
  parts.sheets.forEach((sheet, index) => {
    if (sheet.raw !== undefined) zip.file(`xl/worksheets/sheet${index + 1}.xml`, sheet.raw);
    else if (sheet.rows !== undefined)
      zip.file(`xl/worksheets/sheet${index + 1}.xml`, worksheetXml(sheet.rows, sheet.tail));
    else zip.file(`xl/chartsheets/sheet${index + 1}.xml`, `<chartsheet xmlns="${MAIN}"/>`);
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: parts.compression ?? 'DEFLATE' });
}
