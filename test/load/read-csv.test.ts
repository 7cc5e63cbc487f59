import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/errors.js';
import { columnLetter } from '../../src/load/columns.js';
import { loadInput } from '../../src/load/load-input.js';
import { decodeText, detectSeparator, parseCsv } from '../../src/load/read-csv.js';
import { makeTempDir, type TempDir } from './helpers.js';

let dir: TempDir;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await dir.remove();
});

describe('detectSeparator', () => {
  it.each([
    ['commas', 'Account,Revenue,Tier\nAcme,100,Gold\nBeta,200,Silver\n', ','],
    ['semicolons with decimal commas', 'Account;Revenue\nAcme;1,5\nBeta;2\nGamma;3,25\n', ';'],
    ['tabs', 'Account\tRevenue\nAcme, Inc.\t100\nBeta\t200\n', '\t'],
    ['separators inside quotes ignored', 'Account;Note\n"Acme, Inc.";"a, b, c"\n"Beta";"x"\n', ';'],
    ['a title line above the table', 'Key accounts\nAccount;Tier\nAcme;Gold\n', ';'],
    ['a single column', 'Account\nAcme\nBeta\n', ','],
  ])('%s', (_name, text, expected) => {
    expect(detectSeparator(text)).toBe(expected);
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, embedded separators and newlines, CRLF', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","line 1\r\nline 2"\r\n,,\r\n';
    expect(parseCsv(text, ',')).toEqual({
      records: [
        ['a', 'b', 'c'],
        ['x, y', 'say "hi"', 'line 1\r\nline 2'],
        ['', '', ''],
      ],
    });
  });

  it('keeps a stray quote inside an unquoted field and reports an unclosed quote', () => {
    expect(parseCsv('5" screen,ok', ',').records).toEqual([['5" screen', 'ok']]);
    expect(parseCsv('a,b\n"open,c\nd,e', ',')).toEqual({
      records: [['a', 'b'], ['open,c\nd,e']],
      unclosedQuoteRecord: 2,
    });
  });

  it('reads a last line without a line break', () => {
    expect(parseCsv('a;b\nc;d', ';').records).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    const plain = Buffer.from('Società', 'utf8');
    expect(decodeText(plain)).toEqual({ text: 'Società', encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]))).toEqual({
      text: 'Società',
      encoding: 'utf-8',
    });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const cp1252 = Buffer.from([0x53, 0x6f, 0x63, 0x69, 0x65, 0x74, 0xe0, 0x20, 0x80]);
    expect(decodeText(cp1252)).toEqual({ text: 'Società €', encoding: 'windows-1252' });
  });

  it('reads UTF-16 text with a BOM (Excel "Unicode text")', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('A\tB', 'utf16le')]);
    expect(decodeText(utf16)).toEqual({ text: 'A\tB', encoding: 'utf-16le' });
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});

describe('CSV files through loadInput', () => {
  it('reads a comma CSV into a table named after the file', async () => {
    const file = await dir.file(
      'Accounts.csv',
      'Account ID,Account,Revenue\nA1,Acme,"1,234.50"\n\nA2,Beta,\n',
    );
    const workbook = await loadInput(file);
    expect(workbook).toMatchObject({ source: file, format: 'csv', diagnostics: [] });
    expect(workbook.tables).toEqual([
      {
        file,
        sheet: 'Accounts',
        headerRow: 1,
        columns: [
          { header: 'Account ID', ref: 'A' },
          { header: 'Account', ref: 'B' },
          { header: 'Revenue', ref: 'C' },
        ],
        rows: [
          { row: 2, cells: ['A1', 'Acme', '1,234.50'] },
          { row: 4, cells: ['A2', 'Beta', null] },
        ],
        csv: { separator: ',', encoding: 'utf-8' },
      },
    ]);
  });

  it('reads a semicolon CSV in Windows-1252 with a title row above the header', async () => {
    const text =
      'Clienti chiave;;\nCliente;Fatturato;Note\nSocietà Alfa;1.234,50;"riga 1\nriga 2"\n';
    const bytes = Buffer.from(text, 'latin1');
    const file = await dir.file('Clienti.csv', bytes);
    const [table] = (await loadInput(file)).tables;
    expect(table?.headerRow).toBe(2);
    expect(table?.csv).toEqual({ separator: ';', encoding: 'windows-1252' });
    expect(table?.rows).toEqual([
      { row: 3, cells: ['Società Alfa', '1.234,50', 'riga 1\nriga 2'] },
    ]);
  });

  it('reads a tab-separated .tsv with a UTF-8 BOM', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Account\tTier\nAcme\tGold\n'),
    ]);
    const file = await dir.file('Tiers.tsv', bytes);
    const [table] = (await loadInput(file)).tables;
    expect(table?.columns.map((c) => c.header)).toEqual(['Account', 'Tier']);
    expect(table?.csv?.separator).toBe('\t');
    expect(table?.rows[0]?.cells).toEqual(['Acme', 'Gold']);
  });

  it('reports an unclosed quote at its row', async () => {
    const file = await dir.file('Notes.csv', 'Account,Note\nAcme,"never closed\nBeta,ok\n');
    const workbook = await loadInput(file);
    expect(workbook.diagnostics.map(formatDiagnostic)).toEqual([
      `error: ${file}, Notes row 2: a quoted field opens here and is never closed, so the rest of the file was read as one cell; add the missing closing quote (")`,
    ]);
  });

  it('reads a folder: one table per .csv/.tsv/.txt file, other files ignored', async () => {
    await dir.file('Deck.csv', 'Field,Value\nTitle,QBR\n');
    await dir.file('Accounts.txt', 'Account;Tier\nAcme;Gold\n');
    await dir.file('readme.md', '# not a table');
    await dir.file('~$Deck.csv', 'lock');
    await dir.file('.hidden.csv', 'a,b');
    const workbook = await loadInput(dir.path);
    expect(workbook.source).toBe(dir.path);
    expect(workbook.format).toBe('csv');
    expect(workbook.tables.map((t) => [t.sheet, t.file])).toEqual([
      ['Accounts', join(dir.path, 'Accounts.txt')],
      ['Deck', join(dir.path, 'Deck.csv')],
    ]);
  });
});
