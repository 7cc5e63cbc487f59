/**
 * What real exports look like, end to end through loadModel: Italian and German CSV (semicolon or
 * tab, Windows-1252 or UTF-8 with BOM, decimal comma read by the Deck's locale, quoted line
 * breaks), a single CSV for one sheet, and workbooks with title rows, merged titles, hidden rows,
 * dates typed as text in the deck's locale and percentages in every spelling.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, KamdeckError } from '../../src/errors.js';
import { loadModel } from '../../src/pipeline.js';
import { makeTempDir, writeWorkbook, type TempDir } from './helpers.js';

let dir: TempDir;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await dir.remove();
});

/** Windows-1252 bytes: Latin-1 for accents, 0x80 for the euro sign. */
function windows1252(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text.replace(/€/g, '\x80'), 'latin1'));
}

async function csvFolder(name: string, files: Record<string, string | Uint8Array>) {
  await mkdir(join(dir.path, name), { recursive: true });
  for (const [file, content] of Object.entries(files)) await dir.file(join(name, file), content);
  return join(dir.path, name);
}

describe('CSV as Italian and German Excel export it', () => {
  it('reads a semicolon, Windows-1252 folder with decimal commas per the Deck locale it-IT', async () => {
    await import('node:fs/promises').then((fs) =>
      fs.mkdir(join(dir.path, 'it'), { recursive: true }),
    );
    const folder = await csvFolder('it', {
      'Deck.csv': windows1252(
        'Field;Value\r\nLocale;it-IT\r\nCurrency;EUR\r\nAs of;30/09/2026\r\n',
      ),
      'Accounts.csv': windows1252(
        'Account ID;Account;MRR;Onboarding %;Renewal date\r\nEX-001;Società Rossi;1.234,56;15%;31/03/2027\r\n',
      ),
      'Revenue.csv': windows1252('Account ID;FY2025;FY2026\r\nEX-001;1.234,56;"2.500,00 €"\r\n'),
      'Charter.csv': windows1252('Section;Content\r\nObiettivi;"- Crescere\r\n- Fidelizzare"\r\n'),
    });
    const { model, diagnostics } = await loadModel(folder);
    expect(diagnostics).toEqual([]);
    expect(model.deck.locale).toBe('it-IT');
    expect(model.deck.asOf).toEqual(new Date(Date.UTC(2026, 8, 30)));
    expect(model.accounts[0]).toMatchObject({
      name: 'Società Rossi',
      mrr: 1234.56,
      onboardingPct: 0.15,
      renewalDate: new Date(Date.UTC(2027, 2, 31)),
    });
    expect(model.revenue.values['EX-001']).toEqual([1234.56, 2500]);
    expect(model.charter?.sections[0]?.paragraphs.map((p) => p.text)).toEqual([
      'Crescere',
      'Fidelizzare',
    ]);
  });

  it('lets the deck locale decide what "1.234" means: a thousand in it-IT, 1.234 in en-US', async () => {
    const files = (locale: string) => ({
      'Deck.csv': `Field;Value\r\nLocale;${locale}\r\n`,
      'Accounts.csv': 'Account ID;Account\r\nEX-001;Rossi\r\n',
      'Revenue.csv': 'Account ID;FY2026\r\nEX-001;1.234\r\n',
    });
    const italian = await loadModel(await csvFolder('locale-it', files('it-IT')));
    expect(italian.model.revenue.values['EX-001']).toEqual([1234]);
    const american = await loadModel(await csvFolder('locale-us', files('en-US')));
    expect(american.model.revenue.values['EX-001']).toEqual([1.234]);
  });

  it('refuses a number that fits no locale, at its cell', async () => {
    const folder = await csvFolder('bad-number', {
      'Accounts.csv': 'Account ID;Account\r\nEX-001;Rossi\r\n',
      'Revenue.csv': 'Account ID;FY2026\r\nEX-001;1.234.5\r\n',
    });
    const error = await loadModel(folder).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KamdeckError);
    expect((error as KamdeckError).diagnostics.map(formatDiagnostic)).toEqual([
      `error: ${join(folder, 'Revenue.csv')}, Revenue!B2 (column "FY2026"): "1.234.5" is not a number`,
    ]);
  });

  it('reads a tab-separated UTF-8 file with a BOM in de-DE, and the --locale override', async () => {
    const folder = await csvFolder('de', {
      'Accounts.tsv': '\uFEFFAccount ID\tAccount\tMRR\r\nEX-001\tMüller GmbH\t12.345,5\r\n',
    });
    const { model } = await loadModel(folder, { locale: 'de-DE' });
    expect(model.accounts[0]).toMatchObject({ name: 'Müller GmbH', mrr: 12345.5 });
  });

  it('reads one CSV file as the sheet it is named after', async () => {
    const file = await dir.file('Accounts.csv', 'Account ID,Account\nEX-001,"Example, Inc."\n');
    const { model } = await loadModel(file);
    expect(model.accounts).toEqual([{ id: 'EX-001', name: 'Example, Inc.' }]);
    expect(model.revenue.periods).toEqual([]);
  });
});

describe('workbooks as people make them', () => {
  it('reads a header below merged title rows, hidden rows (with a warning), any date and any percentage', async () => {
    const file = await writeWorkbook(dir, 'styled.xlsx', (workbook) => {
      const deck = workbook.addWorksheet('Deck');
      deck.addRows([
        ['Field', 'Value'],
        ['Locale', 'it-IT'],
        ['As of', '30/09/2026'],
      ]);
      const sheet = workbook.addWorksheet('Accounts');
      sheet.getCell('A1').value = 'Key accounts — Q3 review';
      sheet.mergeCells('A1:D1');
      sheet.getRow(3).values = ['Account ID', 'Account', 'Onboarding %', 'Renewal date'];
      sheet.getRow(4).values = ['EX-001', 'Alfa', 0.15, '31/03/2027'];
      sheet.getCell('C4').numFmt = '0%';
      sheet.getRow(5).values = ['EX-002', 'Beta', '15%', new Date(Date.UTC(2027, 2, 31))];
      sheet.getRow(6).values = ['EX-003', 'Gamma', 15, '2027-03-31'];
      sheet.getRow(6).hidden = true;
      // A date typed as Excel's serial day number: 46477 is 2027-03-31.
      sheet.getRow(7).values = ['EX-004', 'Delta', '15 %', 46477];
    });
    const { model, diagnostics } = await loadModel(file);
    expect(model.accounts.map((account) => account.onboardingPct)).toEqual([
      0.15, 0.15, 0.15, 0.15,
    ]);
    expect(new Set(model.accounts.map((a) => a.renewalDate?.toISOString()))).toEqual(
      new Set(['2027-03-31T00:00:00.000Z']),
    );
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `warning: ${file}, Accounts: 1 hidden row was read as data (row 6); delete rows that should not be in the deck`,
    ]);
  });
});
