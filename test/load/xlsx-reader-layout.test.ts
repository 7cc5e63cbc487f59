/**
 * The xlsx reader on where cells are: cells and rows without an `r` attribute, rows out of order,
 * merged ranges whose covered cells still hold something, hidden rows, hyperlinks, chart and very
 * hidden sheets, sheets larger than one inflated chunk, and XML that is damaged.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, KamdeckError } from '../../src/errors.js';
import { DEFAULT_LOAD_LIMITS } from '../../src/load/raw-table.js';
import { readXlsx } from '../../src/load/read-xlsx.js';
import { workbookBytes, worksheetXml, type WorkbookParts } from './xlsx-parts.js';

const FILE = 'book.xlsx';
const DAMAGED = `Cannot read ${FILE}: the workbook is damaged or is not an Excel workbook; open it in Excel, save it again as .xlsx and retry`;

async function read(parts: WorkbookParts) {
  return readXlsx(FILE, await workbookBytes(parts), DEFAULT_LOAD_LIMITS);
}

const n = (r: number, col: string, value: number | string) =>
  `<c r="${col}${r}"><v>${value}</v></c>`;
const text = (r: number, col: string, value: string) =>
  `<c r="${col}${r}" t="inlineStr"><is><t>${value}</t></is></c>`;

describe('xlsx reader: cell positions', () => {
  it('places cells without r after the one before, rows without r after the row before', async () => {
    const rows =
      `<row r="1">${text(1, 'A', 'A')}<c t="inlineStr"><is><t>B</t></is></c>${text(1, 'D', 'D')}<c t="inlineStr"><is><t>E</t></is></c></row>` +
      '<row><c><v>1</v></c><c/><c><v>3</v></c></row>' +
      `<row r="5">${n(5, 'B', 2)}<c><v>3</v></c></row><row><c><v>6</v></c></row>`;
    const { tables } = await read({ sheets: [{ name: 'Pos', rows }] });
    expect(tables[0]?.columns.map((c) => `${c.ref}:${c.header}`)).toEqual([
      'A:A',
      'B:B',
      'C:',
      'D:D',
      'E:E',
    ]);
    expect(tables[0]?.rows).toEqual([
      { row: 2, cells: [1, null, 3, null, null] },
      { row: 5, cells: [null, 2, 3, null, null] },
      { row: 6, cells: [6, null, null, null, null] },
    ]);
  });

  it('sorts rows written out of order; a row or cell written twice keeps its last version', async () => {
    const rows =
      `<row r="1">${text(1, 'A', 'Key')}${text(1, 'B', 'Value')}</row>` +
      `<row r="4">${text(4, 'A', 'four')}<c r="B4" t="e"><v>#N/A</v></c></row>` +
      `<row r="3">${text(3, 'A', 'three')}${n(3, 'B', 3)}<c r="B3" t="e"><v>#REF!</v></c></row>` +
      `<row r="4">${text(4, 'A', 'four again')}${n(4, 'B', 4)}</row>`;
    const { tables, diagnostics } = await read({ sheets: [{ name: 'Order', rows }] });
    expect(tables[0]?.rows).toEqual([
      { row: 3, cells: ['three', null] },
      { row: 4, cells: ['four again', 4] },
    ]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `error: ${FILE}, Order!B3 (column "Value"): the cell shows the error #REF!; fix it in Excel or clear the cell`,
    ]);
  });
});

describe('xlsx reader: merged cells, hidden rows, links', () => {
  it('gives a value merged down to each row, one merged across to its first column only', async () => {
    const rows =
      `<row r="1">${text(1, 'A', 'Region')}${text(1, 'B', 'Account')}${text(1, 'C', 'Notes')}<c r="D1" s="0"/></row>` +
      `<row r="2">${text(2, 'A', 'North')}${text(2, 'B', 'Acme')}${text(2, 'C', 'ok')}${text(2, 'D', 'stale')}</row>` +
      `<row r="3"><c r="A3" t="e"><v>#N/A</v></c>${text(3, 'B', 'Beta')}</row>` +
      `<row r="4" hidden="true">${text(4, 'B', 'Gamma')}</row><row r="5" hidden="1">${text(5, 'B', 'Delta')}</row>`;
    const tail =
      '<mergeCells count="2"><mergeCell ref="C1:D1"/><mergeCell ref="A2:A4"/></mergeCells>';
    const { tables, diagnostics } = await read({ sheets: [{ name: 'Merged', rows, tail }] });
    expect(tables[0]?.columns.map((c) => c.header)).toEqual(['Region', 'Account', 'Notes', '']);
    expect(tables[0]?.rows.map((r) => r.cells)).toEqual([
      ['North', 'Acme', 'ok', 'stale'],
      ['North', 'Beta', null, null],
      ['North', 'Gamma', null, null],
      [null, 'Delta', null, null],
    ]);
    // The error in A3 is covered by the merge: the cell shows North, nothing to report.
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `warning: ${FILE}, Merged: 2 hidden rows were read as data (row 4, 5); delete rows that should not be in the deck`,
    ]);
  });

  it('reads a linked cell as its text; links inside the workbook change nothing', async () => {
    const rows = `<row r="1">${text(1, 'A', 'Site')}${text(1, 'B', 'Code')}</row><row r="2">${n(2, 'A', 42)}${n(2, 'B', 7)}</row>`;
    const tail =
      '<hyperlinks><hyperlink ref="A2" r:id="rId1"/><hyperlink ref="B2" location="Other!A1"/></hyperlinks>';
    const { tables } = await read({ sheets: [{ name: 'Links', rows, tail }] });
    expect(tables[0]?.rows[0]?.cells).toEqual(['42', 7]);
  });
});

describe('xlsx reader: sheets', () => {
  it('reads worksheets in tab order, hidden ones too, and leaves chart sheets out', async () => {
    const { tables } = await read({
      sheets: [
        { name: 'R&amp;D', rows: `<row r="1">${text(1, 'A', 'x')}</row>` },
        { name: 'Chart' },
        { name: 'Secret', state: 'veryHidden', rows: `<row r="1">${text(1, 'A', 'y')}</row>` },
        { name: 'Empty', rows: '' },
      ],
    });
    // exceljs decoded sheet names twice: "R&amp;amp;D" in the XML has always read as "R&D".
    expect(tables.map((table) => table.sheet)).toEqual(['R&D', 'Secret', 'Empty']);
  });

  it.each(['DEFLATE', 'STORE'] as const)(
    'reads a sheet larger than one inflated chunk (%s)',
    async (compression) => {
      const long = 'x'.repeat(3000);
      const body = Array.from(
        { length: 30_000 },
        (_, i) =>
          `<row r="${i + 2}">${text(i + 2, 'A', `row ${i + 2}`)}${n(i + 2, 'B', i)}${text(i + 2, 'C', i % 1000 === 0 ? long : '-')}</row>`,
      ).join('');
      const rows = `<row r="1">${text(1, 'A', 'Name')}${text(1, 'B', 'N')}${text(1, 'C', 'Note')}</row>${body}`;
      const { tables } = await read({
        compression,
        sheets: [{ name: 'Big', rows, tail: '<mergeCells><mergeCell ref="D1:E1"/></mergeCells>' }],
      });
      const read30k = tables[0]?.rows ?? [];
      expect(read30k).toHaveLength(30_000);
      expect(
        read30k.every(
          (row, i) => row.row === i + 2 && row.cells[0] === `row ${i + 2}` && row.cells[1] === i,
        ),
      ).toBe(true);
      expect(read30k.filter((row) => row.cells[2] === long)).toHaveLength(30);
    },
  );
});

describe('xlsx reader: damaged XML', () => {
  const header = `<row r="1">${text(1, 'A', 'A')}</row>`;
  it.each([
    ['a sheet cut in the middle of a cell', worksheetXml(header).slice(0, -40)],
    ['a sheet whose data never ends', worksheetXml(header).replace('</sheetData>', '')],
    ['a sheet that stops after a row', worksheetXml(header).split('</sheetData>')[0] ?? ''],
    [
      'an unknown entity',
      worksheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>`),
    ],
    ['a part that is not XML', '\u0000\u0001binary'],
    [
      'overlapping merged cells',
      worksheetXml(
        header,
        '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
      ),
    ],
  ])('%s', async (_, raw) => {
    const error = await read({ sheets: [{ name: 'Bad', raw }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KamdeckError);
    expect((error as KamdeckError).message).toBe(DAMAGED);
  });

  it('a shared string that is not in the table', async () => {
    const rows = '<row r="1"><c r="A1" t="s"><v>3</v></c></row>';
    const error = await read({
      sharedStrings: ['<t>only</t>'],
      sheets: [{ name: 'Bad', rows }],
    }).catch((caught: unknown) => caught);
    expect((error as KamdeckError).message).toBe(DAMAGED);
  });

  /** `bytes` with the sizes the zip declares for `name` (central directory and local header) set. */
  function declare(bytes: Buffer, name: string, size: number): Buffer {
    const patched = Buffer.from(bytes);
    for (
      let at = patched.indexOf('PK\x01\x02', 0, 'latin1');
      at !== -1;
      at = patched.indexOf('PK\x01\x02', at + 4, 'latin1')
    ) {
      const nameLength = patched.readUInt16LE(at + 28);
      if (patched.toString('utf8', at + 46, at + 46 + nameLength) !== name) continue;
      patched.writeUInt32LE(size, at + 24);
      patched.writeUInt32LE(size, patched.readUInt32LE(at + 42) + 22);
    }
    return patched;
  }

  it.each(['xl/worksheets/sheet1.xml', 'xl/media/image1.bin'])(
    'a zip entry that unpacks to more than it declares (%s) is damaged',
    async (name) => {
      const rows = `<row r="1">${text(1, 'A', 'x'.repeat(5000))}</row>`;
      const bytes = await workbookBytes({ sheets: [{ name: 'S', rows }] });
      const withMedia = await JSZip.loadAsync(bytes);
      withMedia.file('xl/media/image1.bin', 'y'.repeat(5000));
      const zipped = await withMedia.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      const error = await readXlsx(FILE, declare(zipped, name, 100), DEFAULT_LOAD_LIMITS).catch(
        (caught: unknown) => caught,
      );
      expect((error as KamdeckError).message).toContain('the file is damaged (its zip structure');
    },
  );
});
