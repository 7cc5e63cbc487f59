/**
 * The xlsx reader's cell rules on hand-written sheet XML: shared strings, inline strings, entities
 * and Excel's escapes, numbers, dates (1900 and 1904), percentage styles, booleans, error values
 * and formulas with or without a saved result. Where exceljs (the former reader) agrees, the test
 * checks the oracle too.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/errors.js';
import { DEFAULT_LOAD_LIMITS, type RawRow } from '../../src/load/raw-table.js';
import { readXlsx } from '../../src/load/read-xlsx.js';
import { readXlsxWithExcelJs } from './exceljs-oracle.js';
import { workbookBytes, type WorkbookParts } from './xlsx-parts.js';

const FILE = 'book.xlsx';

async function read(parts: WorkbookParts) {
  const bytes = await workbookBytes(parts);
  const ours = await readXlsx(FILE, bytes, DEFAULT_LOAD_LIMITS);
  return {
    rows: ours.tables[0]?.rows ?? [],
    messages: ours.diagnostics.map(formatDiagnostic),
    oracle: async () => readXlsxWithExcelJs(FILE, bytes, DEFAULT_LOAD_LIMITS),
  };
}

const HEADER =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>Value</t></is></c></row>';
const cellsOf = (rows: readonly RawRow[]) => rows.map((row) => row.cells[1]);
const SHARED_HEADER = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>';
/** Row n + 2: shared string `index` in A, the number n in B. */
const sharedRow = (index: number, n: number) =>
  `<row r="${n + 2}"><c r="A${n + 2}" t="s"><v>${index}</v></c><c r="B${n + 2}"><v>${n}</v></c></row>`;

describe('xlsx reader: text', () => {
  it('decodes entities, rich text runs and _xHHHH_ escapes; leaves out phonetic guides', async () => {
    const { rows, oracle } = await read({
      sharedStrings: [
        '<t>Name</t>',
        '<t>Value</t>',
        '<t>R&amp;D &lt;North&gt; &quot;East&quot; &#x41;&#66;</t>',
        '<r><rPr><b/></rPr><t>Ac</t></r><r><t xml:space="preserve">me </t></r><rPh sb="0" eb="1"><t>アクメ</t></rPh>',
        '<t>Line_x000D_break_x0009_tab</t>',
        '<t/>',
        '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>',
      ],
      sheets: [{ name: 'Text', rows: SHARED_HEADER + [2, 3, 4, 5, 6].map(sharedRow).join('') }],
    });
    expect(rows.map((row) => row.cells[0])).toEqual([
      'R&D <North> "East" AB',
      'Acme ',
      'Line\rbreak\ttab',
      null,
      '東京',
    ]);
    expect((await oracle()).tables[0]?.rows).toStrictEqual(rows);
  });

  it('reads inline strings (plain and rich) and formula strings, blank text as no value', async () => {
    const { rows, oracle } = await read({
      sheets: [
        {
          name: 'Inline',
          rows:
            HEADER +
            '<row r="2"><c r="A2" t="inlineStr"><is><t>plain &amp; simple</t></is></c><c r="B2" t="inlineStr"><is><r><t>Ri</t></r><r><rPr><i/></rPr><t>ch</t></r></is></c></row>' +
            '<row r="3"><c r="A3" t="inlineStr"><is><t>   </t></is></c><c r="B3" t="str"><f>A2&amp;"!"</f><v>plain &amp;amp; simple!</v></c></row>',
        },
      ],
    });
    expect(rows.map((row) => row.cells)).toEqual([
      ['plain & simple', 'Rich'],
      [null, 'plain & simple!'],
    ]);
    expect((await oracle()).tables[0]?.rows).toStrictEqual(rows);
  });
});

describe('xlsx reader: numbers, dates and percentages', () => {
  const styled: WorkbookParts['cellStyles'] = [0, 14, 9, 164, 165, 166, 167, 10];
  const numFmts =
    '<numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/><numFmt numFmtId="165" formatCode="0.0%"/>' +
    '<numFmt numFmtId="166" formatCode="0.00 &quot;%&quot;"/><numFmt numFmtId="167" formatCode="#,##0.0\\%"/>';
  const row = (r: number, style: number, value: string) =>
    `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>r${r}</t></is></c><c r="B${r}" s="${style}"><v>${value}</v></c></row>`;
  const rowsXml =
    HEADER +
    row(2, 1, '46096') +
    row(3, 3, '46096.5') +
    row(4, 2, '0.15') +
    row(5, 4, '0.075') +
    row(6, 5, '15') +
    row(7, 6, '15') +
    row(8, 7, '1') +
    row(9, 0, '-1.25E-3') +
    row(10, 0, '4600') +
    row(11, 0, '0.30000000000000004') +
    row(12, 0, 'twelve');

  it('reads date styles as dates, percentage styles as flagged numbers, the rest as numbers', async () => {
    const { rows, messages, oracle } = await read({
      cellStyles: styled,
      numFmts,
      sheets: [{ name: 'Numbers', rows: rowsXml }],
    });
    expect(cellsOf(rows)).toEqual([
      new Date(Date.UTC(2026, 2, 15)),
      new Date(Date.UTC(2026, 2, 15, 12)),
      0.15,
      0.075,
      15,
      15,
      1,
      -0.00125,
      4600,
      0.30000000000000004,
      null,
    ]);
    // "0.00 "%"" shows a literal percent sign: not a percentage; "0.0\%" is one.
    expect(rows.map((r) => r.percentFormat?.[1] === true)).toEqual([
      false,
      false,
      true,
      true,
      false,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(messages).toEqual([
      `error: ${FILE}, Numbers!B12 (column "Value"): the cell holds an invalid number`,
    ]);
    const expected = await oracle();
    expect(expected.tables[0]?.rows).toStrictEqual(rows);
  });

  it('counts days from 1904 when the workbook says so', async () => {
    const { rows, oracle } = await read({
      date1904: true,
      cellStyles: [0, 14],
      sheets: [{ name: 'Dates', rows: HEADER + row(2, 1, '44634') }],
    });
    expect(cellsOf(rows)).toEqual([new Date(Date.UTC(2026, 2, 15))]);
    expect((await oracle()).tables[0]?.rows).toStrictEqual(rows);
  });
});

describe('xlsx reader: booleans, errors and formulas', () => {
  const rowsXml =
    HEADER +
    '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c></row>' +
    '<row r="3"><c r="A3" t="e"><v>#N/A</v></c><c r="B3"><f>SUM(C3:D3)</f><v>12</v></c></row>' +
    '<row r="4"><c r="A4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B4"><f>SUM(C4:D4)</f></c></row>' +
    '<row r="5"><c r="A5" t="b"><f>B5&gt;1</f><v>1</v></c><c r="B5"><f t="shared" ref="B5:B7" si="0">C5*2</f><v>4</v></c></row>' +
    '<row r="6"><c r="A6"><v>1</v></c><c r="B6"><f t="shared" si="0"/><v>6</v></c></row>' +
    '<row r="7"><c r="A7"><v>1</v></c><c r="B7"><f t="shared" si="0"/></c></row>';

  it('reads saved results and reports errors and formulas without one, naming the formula', async () => {
    const { rows, messages, oracle } = await read({ sheets: [{ name: 'F', rows: rowsXml }] });
    expect(rows.map((row) => row.cells)).toEqual([
      [true, false],
      [null, 12],
      // Row 4 holds only problems: an empty row, but its problems are reported.
      [true, 4],
      [1, 6],
      [1, null],
    ]);
    expect(messages).toEqual([
      `error: ${FILE}, F!A3 (column "Name"): the cell shows the error #N/A; fix it in Excel or clear the cell`,
      `error: ${FILE}, F!A4 (column "Name"): formula =1/0 gives the error #DIV/0!; fix it in Excel or clear the cell`,
      `error: ${FILE}, F!B4 (column "Value"): formula =SUM(C4:D4) has no saved result; open and save the file in Excel`,
      `error: ${FILE}, F!B7 (column "Value"): formula =C7*2 has no saved result; open and save the file in Excel`,
    ]);
    const expected = await oracle();
    expect(expected.tables[0]?.rows).toStrictEqual(rows);
    expect(expected.diagnostics.map(formatDiagnostic)).toEqual(messages);
  });

  it('reads a saved result of 0 or FALSE (the former reader took them for no result)', async () => {
    const { rows, messages, oracle } = await read({
      sheets: [
        {
          name: 'Zero',
          rows:
            HEADER +
            '<row r="2"><c r="A2" t="b"><f>1&gt;2</f><v>0</v></c><c r="B2"><f>B1-B1</f><v>0</v></c></row>',
        },
      ],
    });
    expect(rows[0]?.cells).toEqual([false, 0]);
    expect(messages).toEqual([]);
    expect((await oracle()).diagnostics).toHaveLength(2);
  });
});
