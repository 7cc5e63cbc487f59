import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { formatDiagnostic } from '../../src/errors.js';
import { loadInput } from '../../src/load/load-input.js';
import type { RawTable, RawWorkbook } from '../../src/load/raw-table.js';
import { makeTempDir, writeWorkbook, type TempDir } from './helpers.js';

let dir: TempDir;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await dir.remove();
});

function table(workbook: RawWorkbook, sheet: string): RawTable {
  const found = workbook.tables.find((t) => t.sheet === sheet);
  if (found === undefined) throw new Error(`no table ${sheet}`);
  return found;
}

function messages(workbook: RawWorkbook): string[] {
  return workbook.diagnostics.map(formatDiagnostic);
}

describe('readXlsx through loadInput', () => {
  it('finds a header below a title block and keeps spreadsheet row numbers', async () => {
    const file = await writeWorkbook(dir, 'kam.xlsx', (wb) => {
      const ws = wb.addWorksheet('Accounts');
      ws.getCell('A1').value = 'Key accounts — March review';
      ws.mergeCells('A1:D1');
      ws.getCell('A2').value = 'Prepared by Sales Ops';
      ws.getRow(4).values = ['Account ID', 'Account', ' Owner ', 'Tier'];
      ws.getRow(5).values = ['A1', 'Acme', 'Rossi', 'Gold'];
      ws.getRow(7).values = ['A2', 'Beta', 'Bianchi', 'Silver'];
    });
    const workbook = await loadInput(file);
    expect(workbook.format).toBe('xlsx');
    expect(workbook.source).toBe(file);
    const accounts = table(workbook, 'Accounts');
    expect(accounts.file).toBe(file);
    expect(accounts.headerRow).toBe(4);
    expect(accounts.columns).toEqual([
      { header: 'Account ID', ref: 'A' },
      { header: 'Account', ref: 'B' },
      { header: 'Owner', ref: 'C' },
      { header: 'Tier', ref: 'D' },
    ]);
    expect(accounts.rows).toEqual([
      { row: 5, cells: ['A1', 'Acme', 'Rossi', 'Gold'] },
      { row: 7, cells: ['A2', 'Beta', 'Bianchi', 'Silver'] },
    ]);
  });

  it('reads a two-column Field | Value sheet', async () => {
    const file = await writeWorkbook(dir, 'deck.xlsx', (wb) => {
      const ws = wb.addWorksheet('Deck');
      ws.addRow(['Field', 'Value']);
      ws.addRow(['Title', 'QBR']);
      ws.addRow(['Client', 'Acme']);
    });
    const deck = table(await loadInput(file), 'Deck');
    expect(deck.headerRow).toBe(1);
    expect(deck.rows.map((r) => r.cells)).toEqual([
      ['Title', 'QBR'],
      ['Client', 'Acme'],
    ]);
  });

  it('uses the master text of merged cells: down for each row, across only once', async () => {
    const file = await writeWorkbook(dir, 'merged.xlsx', (wb) => {
      const ws = wb.addWorksheet('Revenue');
      ws.getRow(2).values = ['Region', 'Account', 'Revenue', 'Notes'];
      ws.mergeCells('D2:E2');
      ws.getRow(3).values = ['North', 'Acme', 100, 'ok'];
      ws.getRow(4).values = [null, 'Beta', 200];
      ws.mergeCells('A3:A4');
    });
    const revenue = table(await loadInput(file), 'Revenue');
    expect(revenue.columns.map((c) => c.header)).toEqual(['Region', 'Account', 'Revenue', 'Notes']);
    expect(revenue.rows.map((r) => r.cells)).toEqual([
      ['North', 'Acme', 100, 'ok'],
      ['North', 'Beta', 200, null],
    ]);
  });

  it('reads cached formula results and reports formulas without one', async () => {
    const file = await writeWorkbook(dir, 'formulas.xlsx', (wb) => {
      const ws = wb.addWorksheet('Revenue');
      ws.addRow(['Account', '2024', '2025']);
      ws.addRow(['Acme', 10, 20]);
      ws.addRow(['Beta', 30, 40]);
      ws.getCell('A4').value = 'Total';
      ws.getCell('B4').value = { formula: 'SUM(B2:B3)', result: 40 };
      ws.getCell('C4').value = { formula: 'SUM(C2:C3)' } as never;
    });
    const workbook = await loadInput(file);
    const revenue = table(workbook, 'Revenue');
    expect(revenue.rows.at(-1)?.cells).toEqual(['Total', 40, null]);
    expect(messages(workbook)).toEqual([
      `error: ${file}, Revenue!C4 (column "2025"): formula =SUM(C2:C3) has no saved result; open and save the file in Excel`,
    ]);
  });

  it('reads shared formulas through their cached results', async () => {
    const file = await writeWorkbook(dir, 'shared.xlsx', (wb) => {
      const ws = wb.addWorksheet('Growth');
      ws.addRow(['Account', 'Revenue', 'Double']);
      ws.addRow(['Acme', 3]);
      ws.addRow(['Beta', 4]);
      // shareType and ref are what exceljs writes for a shared master; its typings omit them.
      ws.getCell('C2').value = {
        formula: 'B2*2',
        result: 6,
        shareType: 'shared',
        ref: 'C2:C4',
      } as ExcelJS.CellFormulaValue;
      ws.getCell('C3').value = { sharedFormula: 'C2', result: 8 };
      ws.addRow(['Gamma', 5]);
      ws.getCell('C4').value = { sharedFormula: 'C2' } as ExcelJS.CellSharedFormulaValue;
    });
    const workbook = await loadInput(file);
    expect(table(workbook, 'Growth').rows.map((r) => r.cells[2])).toEqual([6, 8, null]);
    expect(workbook.diagnostics.map((d) => d.message)).toEqual([
      'formula =B4*2 has no saved result; open and save the file in Excel',
    ]);
  });

  it('reports error values and formulas that evaluate to an error', async () => {
    const file = await writeWorkbook(dir, 'errors.xlsx', (wb) => {
      const ws = wb.addWorksheet('Revenue');
      ws.addRow(['Account', 'Margin', 'Share']);
      ws.addRow(['Acme', { error: '#N/A' }, { formula: 'B2/0', result: { error: '#DIV/0!' } }]);
    });
    const workbook = await loadInput(file);
    expect(table(workbook, 'Revenue').rows[0]?.cells).toEqual(['Acme', null, null]);
    const text = messages(workbook);
    expect(text).toHaveLength(2);
    expect(text[0]).toContain('Revenue!B2 (column "Margin"): the cell shows the error #N/A');
    expect(text[1]).toContain('Revenue!C2 (column "Share"): formula =B2/0 gives the error #DIV/0!');
    expect(workbook.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('flattens rich text and hyperlinks to their text; keeps numbers, dates and booleans', async () => {
    const when = new Date(Date.UTC(2026, 2, 15));
    const file = await writeWorkbook(dir, 'values.xlsx', (wb) => {
      const ws = wb.addWorksheet('Accounts');
      ws.addRow(['Account', 'Site', 'Since', 'Active', 'Share']);
      ws.addRow([
        { richText: [{ text: 'Ac', font: { bold: true } }, { text: 'me' }] },
        { text: 'acme.com', hyperlink: 'https://acme.com' },
        when,
        true,
        0.15,
      ]);
      ws.getCell('E2').numFmt = '0.0%';
    });
    const accounts = table(await loadInput(file), 'Accounts');
    const row = accounts.rows[0];
    expect(row?.cells.slice(0, 2)).toEqual(['Acme', 'acme.com']);
    expect(row?.cells[2]).toBeInstanceOf(Date);
    expect((row?.cells[2] as Date).toISOString()).toBe('2026-03-15T00:00:00.000Z');
    expect(row?.cells.slice(3)).toEqual([true, 0.15]);
    expect(row?.percentFormat).toEqual([false, false, false, false, true]);
  });

  it('includes hidden rows and hidden sheets, with one warning per sheet', async () => {
    const file = await writeWorkbook(dir, 'hidden.xlsx', (wb) => {
      const ws = wb.addWorksheet('Accounts');
      ws.addRow(['Account', 'Tier']);
      ws.addRow(['Acme', 'Gold']);
      ws.addRow(['Beta', 'Silver']);
      ws.addRow(['Gamma', 'Gold']);
      ws.getRow(3).hidden = true;
      ws.getRow(4).hidden = true;
      const secret = wb.addWorksheet('Lookup', { state: 'hidden' });
      secret.addRow(['Tier', 'Rank']);
      secret.addRow(['Gold', 1]);
    });
    const workbook = await loadInput(file);
    expect(table(workbook, 'Accounts').rows.map((r) => r.cells[0])).toEqual([
      'Acme',
      'Beta',
      'Gamma',
    ]);
    expect(table(workbook, 'Lookup').rows).toHaveLength(1);
    expect(workbook.diagnostics).toHaveLength(1);
    expect(workbook.diagnostics[0]?.severity).toBe('warning');
    expect(formatDiagnostic(workbook.diagnostics[0]!)).toBe(
      `warning: ${file}, Accounts: 2 hidden rows were read as data (row 3, 4); delete rows that should not be in the deck`,
    );
  });

  it('drops empty trailing rows and columns, blank rows and spacer columns', async () => {
    const file = await writeWorkbook(dir, 'sparse.xlsx', (wb) => {
      const ws = wb.addWorksheet('Accounts');
      ws.getRow(1).values = [null, 'Account', null, 'Tier'];
      ws.getRow(2).values = [null, 'Acme', null, 'Gold'];
      ws.getRow(3).values = [null, '   ', null, ''];
      ws.getRow(4).values = [null, 'Beta', null, 'Silver'];
      ws.getCell('H20').numFmt = '0.00';
      ws.getCell('G12').value = ' ';
      ws.getRow(30).font = { bold: true };
    });
    const accounts = table(await loadInput(file), 'Accounts');
    expect(accounts.columns).toEqual([
      { header: 'Account', ref: 'B' },
      { header: 'Tier', ref: 'D' },
    ]);
    expect(accounts.rows).toEqual([
      { row: 2, cells: ['Acme', 'Gold'] },
      { row: 4, cells: ['Beta', 'Silver'] },
    ]);
  });

  it('keeps every sheet in order and an empty sheet as an empty table', async () => {
    const file = await writeWorkbook(dir, 'many.xlsm', (wb) => {
      wb.addWorksheet('Deck').addRow(['Field', 'Value']);
      wb.addWorksheet('Empty');
      wb.addWorksheet('Accounts').addRow(['Account', 'Tier']);
    });
    const workbook = await loadInput(file);
    expect(workbook.tables.map((t) => t.sheet)).toEqual(['Deck', 'Empty', 'Accounts']);
    expect(table(workbook, 'Empty')).toMatchObject({ headerRow: 0, columns: [], rows: [] });
  });

  it('reports a sheet with more rows than maxRowsPerTable and keeps the first ones', async () => {
    const file = await writeWorkbook(dir, 'big.xlsx', (wb) => {
      const ws = wb.addWorksheet('Revenue');
      ws.addRow(['Account', 'Revenue']);
      for (let i = 1; i <= 5; i += 1) ws.addRow([`A${i}`, i]);
    });
    const workbook = await loadInput(file, { maxRowsPerTable: 3 });
    expect(table(workbook, 'Revenue').rows).toHaveLength(3);
    expect(workbook.diagnostics).toHaveLength(1);
    expect(workbook.diagnostics[0]).toMatchObject({
      severity: 'error',
      location: { file, sheet: 'Revenue' },
    });
    expect(workbook.diagnostics[0]?.message).toContain('5 data rows, more than the limit of 3');
  });
});
