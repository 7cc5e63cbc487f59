import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/errors.js';
import { loadInput } from '../../src/load/load-input.js';
import { makeTempDir, type TempDir } from './helpers.js';

let dir: TempDir;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await dir.remove();
});

describe('JSON input', () => {
  it('turns each top-level key into a table', async () => {
    const json = {
      Deck: { Title: 'QBR', Client: 'Acme', Year: 2026 },
      Accounts: [
        { 'Account ID': 'A1', Account: 'Acme', Active: true },
        { 'Account ID': 'A2', Account: 'Beta', Since: '2024-03-01' },
        {},
        { 'Account ID': 'A3', Account: '  ', Active: null },
      ],
    };
    const file = await dir.file('kam.json', JSON.stringify(json, null, 2));
    const workbook = await loadInput(file);
    expect(workbook).toMatchObject({ source: file, format: 'json', diagnostics: [] });
    expect(workbook.tables).toEqual([
      {
        file,
        sheet: 'Deck',
        headerRow: 0,
        columns: [
          { header: 'Field', ref: 'Field' },
          { header: 'Value', ref: 'Value' },
        ],
        rows: [
          { row: 1, cells: ['Title', 'QBR'] },
          { row: 2, cells: ['Client', 'Acme'] },
          { row: 3, cells: ['Year', 2026] },
        ],
      },
      {
        file,
        sheet: 'Accounts',
        headerRow: 0,
        columns: ['Account ID', 'Account', 'Active', 'Since'].map((key) => ({
          header: key,
          ref: key,
        })),
        rows: [
          { row: 1, cells: ['A1', 'Acme', true, null] },
          { row: 2, cells: ['A2', 'Beta', null, '2024-03-01'] },
          { row: 4, cells: ['A3', null, null, null] },
        ],
      },
    ]);
  });

  it('reads a Deck written as a list of Field/Value records, with a BOM', async () => {
    const text = '\ufeff{"Deck": [{"Field": "Title", "Value": "QBR"}]}';
    const file = await dir.file('deck.json', text);
    const [deck] = (await loadInput(file)).tables;
    expect(deck?.columns.map((c) => c.header)).toEqual(['Field', 'Value']);
    expect(deck?.rows).toEqual([{ row: 1, cells: ['Title', 'QBR'] }]);
  });

  it('reports nested values, non-object records and non-table keys by name', async () => {
    const json = {
      Accounts: [
        { Account: 'Acme', Contacts: ['a', 'b'] },
        'Beta',
        { Account: 'Gamma', Owner: { name: 'R' } },
      ],
      Deck: { Title: 'QBR', Theme: { color: 'red' } },
      Version: 3,
    };
    const file = await dir.file('bad.json', JSON.stringify(json));
    const workbook = await loadInput(file);
    expect(workbook.tables.map((t) => t.sheet)).toEqual(['Accounts', 'Deck']);
    expect(workbook.diagnostics.map(formatDiagnostic)).toEqual([
      `error: ${file}, Accounts row 1 "Contacts": holds a list; a cell can only be text, a number, true/false or null`,
      `error: ${file}, Accounts row 2: this record is not an object like {"Field": value, ...}`,
      `error: ${file}, Accounts row 3 "Owner": holds an object; a cell can only be text, a number, true/false or null`,
      `error: ${file}, Deck row 2 "Theme": holds an object; a cell can only be text, a number, true/false or null`,
      `error: ${file}, Version: must be a list of records [ {...}, ... ] or an object of fields { "Field": value }`,
    ]);
  });

  it('reports too many records and keeps the first ones', async () => {
    const file = await dir.file(
      'many.json',
      JSON.stringify({ Revenue: [{ A: 1 }, { A: 2 }, { A: 3 }] }),
    );
    const workbook = await loadInput(file, { maxRowsPerTable: 2 });
    expect(workbook.tables[0]?.rows).toHaveLength(2);
    expect(workbook.diagnostics[0]?.message).toContain('3 records, more than the limit of 2');
  });
});
