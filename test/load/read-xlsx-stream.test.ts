/**
 * The streaming reader (large workbooks) against the full reader: the same tables and the same
 * diagnostics for what both support, and the documented differences where they part.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { formatDiagnostic } from '../../src/errors.js';
import { loadInput } from '../../src/load/load-input.js';
import type { RawWorkbook } from '../../src/load/raw-table.js';
import { makeTempDir, writeWorkbook, type TempDir } from './helpers.js';

let dir: TempDir;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await dir.remove();
});

const streamed = (file: string) => loadInput(file, { streamAboveBytes: 0 });
const whole = (file: string) => loadInput(file, { streamAboveBytes: Number.MAX_SAFE_INTEGER });

function snapshot(workbook: RawWorkbook) {
  return {
    tables: workbook.tables.map(({ sheet, headerRow, columns, rows }) => ({
      sheet,
      headerRow,
      columns,
      rows,
    })),
    diagnostics: workbook.diagnostics.map(formatDiagnostic),
  };
}

async function expectSameAsWholeReader(build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const file = await writeWorkbook(dir, 'book.xlsx', build);
  expect(snapshot(await streamed(file))).toEqual(snapshot(await whole(file)));
}

describe('streaming xlsx reader', () => {
  it('reads a title block, sheets in tab order and an empty sheet like the full reader', () =>
    expectSameAsWholeReader((wb) => {
      const accounts = wb.addWorksheet('Accounts');
      accounts.getCell('A1').value = 'Key accounts — March review';
      accounts.getRow(3).values = ['Account ID', 'Account', 'Tier'];
      accounts.getRow(4).values = ['A1', 'Acme', 'Gold'];
      accounts.getRow(6).values = ['A2', 'Beta', 'Silver'];
      wb.addWorksheet('Empty');
      wb.addWorksheet('Deck').addRows([
        ['Field', 'Value'],
        ['Title', 'QBR'],
      ]);
    }));

  it('gives merged cells the full reader meaning: down for each row, across only once', () =>
    expectSameAsWholeReader((wb) => {
      const ws = wb.addWorksheet('Revenue');
      ws.getRow(2).values = ['Region', 'Account', 'Revenue', 'Notes'];
      ws.mergeCells('D2:E2');
      ws.getRow(3).values = ['North', 'Acme', 100, 'ok'];
      ws.getRow(4).values = [null, 'Beta', 200];
      ws.getRow(5).values = [null, 'Gamma', 300];
      ws.mergeCells('A3:A5');
    }));

  it('flags hidden rows and reads hidden sheets, with the same warnings', () =>
    expectSameAsWholeReader((wb) => {
      const ws = wb.addWorksheet('Accounts');
      ws.addRow(['Account ID', 'Account']);
      ws.addRow(['A1', 'Acme']);
      ws.addRow(['A2', 'Beta']).hidden = true;
      ws.addRow(['A3', 'Gamma']).hidden = true;
      const hidden = wb.addWorksheet('Notes', { state: 'hidden' });
      hidden.addRow(['Field', 'Value']);
      hidden.addRow(['Title', 'Secret']);
    }));

  it('keeps numbers, percentages, dates, booleans, rich text and links as the full reader', () =>
    expectSameAsWholeReader((wb) => {
      const ws = wb.addWorksheet('Accounts');
      ws.addRow(['Account', 'Share', 'Renewal', 'Risk', 'Site', 'Revenue']);
      ws.addRow([
        { richText: [{ text: 'Ac', font: { bold: true } }, { text: 'me' }] },
        0.15,
        new Date(Date.UTC(2026, 2, 15)),
        true,
        { text: 'acme.example', hyperlink: 'https://acme.example' },
        { formula: 'SUM(1,2)', result: 3 },
      ]);
      ws.getCell('B2').numFmt = '0%';
      ws.getCell('C2').numFmt = 'yyyy-mm-dd';
    }));

  it('falls back to the full reader where exceljs cannot stream (sheets zipped before the workbook part)', async () => {
    // The sample workbook is re-zipped in sorted entry order, which exceljs's stream reader fails on.
    const sample = new URL('../../sample-data/kam-sample.xlsx', import.meta.url).pathname;
    expect(snapshot(await streamed(sample))).toEqual(snapshot(await whole(sample)));
  });

  it('reports a formula without a saved result at its cell', async () => {
    const file = await writeWorkbook(dir, 'formulas.xlsx', (wb) => {
      const ws = wb.addWorksheet('Revenue');
      ws.addRow(['Account', '2025']);
      ws.addRow(['Acme', { formula: 'SUM(C2:C3)' } as never]);
    });
    expect((await streamed(file)).diagnostics.map(formatDiagnostic)).toEqual([
      `error: ${file}, Revenue!B2 (column "2025"): formula =SUM(C2:C3) has no saved result; open and save the file in Excel`,
    ]);
  });

  it('reports a formula whose saved result is an error at its cell (without the error code)', async () => {
    const file = await writeWorkbook(dir, 'errors.xlsx', (wb) => {
      const ws = wb.addWorksheet('Revenue');
      ws.addRow(['Account', 'Share']);
      ws.addRow(['Acme', { formula: 'B2/0', result: { error: '#DIV/0!' } }]);
    });
    const workbook = await streamed(file);
    expect(workbook.tables[0]?.rows[0]?.cells).toEqual(['Acme', null]);
    expect(workbook.diagnostics.map(formatDiagnostic)).toEqual([
      `error: ${file}, Revenue!B2 (column "Share"): formula =B2/0 has no saved result; open and save the file in Excel`,
    ]);
  });
});
