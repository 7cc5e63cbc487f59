/**
 * Workbooks built with exceljs for the reader parity test: each exercises something people put in
 * a workbook (title blocks, merged headers, hidden rows and sheets, rich text, links, every kind
 * of number format, formulas of every kind, error values, odd text).
 */
import type ExcelJS from 'exceljs';

export type Build = (wb: ExcelJS.Workbook) => void;

const formula = (text: string, result?: ExcelJS.CellFormulaValue['result']) =>
  ({ formula: text, result }) as ExcelJS.CellFormulaValue;

export const PARITY_WORKBOOKS: Record<string, Build> = {
  'title block, tab order, empty sheet': (wb) => {
    const accounts = wb.addWorksheet('Accounts');
    accounts.getCell('A1').value = 'Key accounts — March review';
    accounts.mergeCells('A1:D1');
    accounts.getRow(3).values = ['Account ID', 'Account', 'Tier'];
    accounts.getRow(4).values = ['A1', 'Acme', 'Gold'];
    accounts.getRow(6).values = ['A2', 'Beta', 'Silver'];
    wb.addWorksheet('Empty');
    wb.addWorksheet('Deck').addRows([
      ['Field', 'Value'],
      ['Title', 'QBR'],
    ]);
  },
  'merged cells down and across': (wb) => {
    const ws = wb.addWorksheet('Revenue');
    ws.getRow(2).values = ['Region', 'Account', 'Revenue', 'Notes'];
    ws.mergeCells('D2:E2');
    ws.getRow(3).values = ['North', 'Acme', 100, 'ok'];
    ws.getRow(4).values = [null, 'Beta', 200];
    ws.getRow(5).values = [null, 'Gamma', 300];
    ws.mergeCells('A3:A5');
    ws.getCell('F3').value = 0.25;
    ws.getCell('F3').numFmt = '0%';
    ws.mergeCells('F3:F4');
    ws.getCell('G3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('G4').value = 'covered';
    ws.mergeCells('G3:H4');
  },
  'hidden rows and sheets': (wb) => {
    const ws = wb.addWorksheet('Accounts');
    ws.addRow(['Account ID', 'Account']);
    ws.addRow(['A1', 'Acme']);
    ws.addRow(['A2', 'Beta']).hidden = true;
    ws.addRow(['A3', 'Gamma']).hidden = true;
    ws.getRow(9).hidden = true;
    wb.addWorksheet('Notes', { state: 'hidden' }).addRows([
      ['Field', 'Value'],
      ['Title', 'Secret'],
    ]);
    wb.addWorksheet('Lookup', { state: 'veryHidden' }).addRows([
      ['Tier', 'Rank'],
      ['Gold', 1],
    ]);
  },
  'numbers, percentages, dates, booleans, rich text and links': (wb) => {
    const ws = wb.addWorksheet('Accounts');
    ws.addRow(['Account', 'Share', 'Renewal', 'Risk', 'Site', 'Revenue', 'Linked', 'Quoted %']);
    ws.addRow([
      { richText: [{ text: 'Ac', font: { bold: true } }, { text: 'me' }] },
      0.15,
      new Date(Date.UTC(2026, 2, 15)),
      true,
      { text: 'acme.example', hyperlink: 'https://acme.example' },
      formula('SUM(1,2)', 3),
      { text: 'plain', hyperlink: '#Accounts!A1' },
      0.5,
    ]);
    ws.addRow(['Beta', 0.075, new Date(Date.UTC(2027, 0, 1, 13, 30)), false, null, -12.5, null, 7]);
    ws.getColumn(2).numFmt = '0.0%';
    ws.getCell('C2').numFmt = 'yyyy-mm-dd';
    ws.getCell('C3').numFmt = 'dd/mm/yyyy hh:mm';
    ws.getCell('H2').numFmt = '0.00 "%"';
    ws.getCell('H3').numFmt = '#,##0.0\\%';
    ws.getCell('F3').numFmt = '[Red]#,##0.00;[Blue]-#,##0.00';
  },
  'formulas: saved, missing, shared, text, boolean and error results': (wb) => {
    const ws = wb.addWorksheet('Growth');
    ws.addRow(['Account', 'Revenue', 'Double', 'Label', 'Big', 'Share', 'Due']);
    ws.addRow(['Acme', 3]);
    ws.addRow(['Beta', 4]);
    ws.addRow(['Gamma', 5]);
    ws.getCell('C2').value = {
      formula: 'B2*2',
      result: 6,
      shareType: 'shared',
      ref: 'C2:C4',
    } as ExcelJS.CellFormulaValue;
    ws.getCell('C3').value = { sharedFormula: 'C2', result: 8 };
    ws.getCell('C4').value = { sharedFormula: 'C2' } as ExcelJS.CellSharedFormulaValue;
    ws.getCell('D2').value = formula('A2&"!"', 'Acme!');
    ws.getCell('D3').value = formula('UPPER(A3)', '  ');
    ws.getCell('E2').value = formula('B2>2', true);
    ws.getCell('E3').value = formula('SUM(B2:B4)');
    ws.getCell('F2').value = formula('B2/0', { error: '#DIV/0!' });
    ws.getCell('G2').value = formula('DATE(2026,9,30)', 46295);
    ws.getCell('G2').numFmt = 'd-mmm-yy';
    ws.getCell('G3').value = formula('TODAY()', new Date(Date.UTC(2026, 8, 30)));
    ws.getCell('G3').numFmt = 'yyyy-mm-dd';
  },
  'error values and odd text': (wb) => {
    const ws = wb.addWorksheet('Revenue');
    ws.addRow(['Account', 'Margin', 'Note', 'Blank']);
    ws.addRow(['R&D <North> "East"', { error: '#N/A' }, 'line one\nline two', '   ']);
    ws.addRow(["O'Brien & Söhne", { error: '#REF!' }, 'tab\there — €', '']);
    ws.addRow(['Emoji 🚀 ok', 1e-7, 'carriage\r\nreturn', 123456789012345]);
    ws.addRow(['_x0041_ literal', 0.1 + 0.2, '<tag/>', -0]);
  },
  'sparse cells, spacer columns, far cells': (wb) => {
    const ws = wb.addWorksheet('Accounts');
    ws.getRow(1).values = [null, 'Account', null, 'Tier'];
    ws.getRow(2).values = [null, 'Acme', null, 'Gold'];
    ws.getRow(3).values = [null, '   ', null, ''];
    ws.getRow(4).values = [null, 'Beta', null, 'Silver'];
    ws.getCell('H20').numFmt = '0.00';
    ws.getCell('G12').value = ' ';
    ws.getRow(30).font = { bold: true };
    ws.getCell('AB7').value = 'far away';
  },
  'many sheets, macro-enabled name, long texts': (wb) => {
    wb.addWorksheet('Deck').addRow(['Field', 'Value']);
    wb.addWorksheet('Empty');
    const long = wb.addWorksheet('Accounts');
    long.addRow(['Account', 'Description']);
    long.addRow(['Acme', 'x'.repeat(5000)]);
    wb.addWorksheet('R&D <Plan>').addRows([
      ['A', 'B'],
      [1, 2],
    ]);
  },
  '1904 date system': (wb) => {
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Timeline');
    ws.addRow(['Task', 'Start', 'End']);
    ws.addRow(['Kick-off', new Date(Date.UTC(2026, 0, 5)), new Date(Date.UTC(2026, 1, 27, 12))]);
    ws.getColumn(2).numFmt = 'yyyy-mm-dd';
    ws.getColumn(3).numFmt = 'yyyy-mm-dd hh:mm';
  },
};
