/**
 * The same tables as an .xlsx workbook, a folder of CSV files and one JSON file must give the same
 * validated model: the input format is a detail of loading.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, KamdeckError, loadModel, type KamModel } from '../../src/index.js';
import { AS_OF, foundationSheets } from '../helpers/foundation-fixture.js';
import {
  withSheet,
  writeCsvFolder,
  writeJson,
  writeXlsx,
  type FixtureSheet,
} from '../helpers/workbook.js';
import { makeTempDir, type TempDir } from './helpers.js';

let dir: TempDir;

async function errorsOf(input: string): Promise<string[]> {
  const error: unknown = await loadModel(input).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof KamdeckError)) throw new Error(`${input} loaded without errors`);
  expect(error.code).toBe('INPUT_INVALID');
  return error.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
}
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await dir.remove();
});

/** Writes the sheets in all three formats and loads each; `source` is the only field that differs. */
async function modelsOf(name: string, sheets: FixtureSheet[]): Promise<KamModel[]> {
  const inputs = [
    await writeXlsx(join(dir.path, `${name}.xlsx`), sheets),
    await writeCsvFolder(join(dir.path, `${name}-csv`), sheets),
    await writeJson(join(dir.path, `${name}.json`), sheets),
  ];
  const models: KamModel[] = [];
  for (const input of inputs) {
    const { model } = await loadModel(input);
    expect(model.source).toBe(input);
    models.push({ ...model, source: 'input' });
  }
  return models;
}

describe('xlsx, CSV folder and JSON give the same model', () => {
  it('for the foundation workbook (Deck, Accounts, Revenue wide, an extra sheet)', async () => {
    const [xlsx, csv, json] = await modelsOf('wide', foundationSheets());
    expect(csv).toEqual(xlsx);
    expect(json).toEqual(xlsx);
    // Not three times the same mistake: the values are the ones typed in.
    expect(xlsx?.deck.asOf).toEqual(AS_OF);
    expect(xlsx?.deck.currency).toBe('EUR');
    expect(xlsx?.accounts.map((account) => account.id)).toEqual([
      'KA-1',
      'KA-2',
      'KA-3',
      'KA-4',
      'KA-5',
    ]);
    expect(xlsx?.revenue.periods.map((period) => period.label)).toEqual([
      '2024',
      'FY2025',
      'FY2026',
    ]);
    // KA-1's FY2026 cell is a formula in the workbook: its saved result is read.
    expect(xlsx?.revenue.values['KA-1']).toEqual([400000, 500000, 550000]);
    expect(xlsx?.revenue.values['KA-5']).toEqual([10000, 15000, 19999.75]);
  });

  it('for Revenue in the long format and text cells with separators and currency', async () => {
    const sheets = withSheet(foundationSheets(), 'Revenue', () => [
      ['Account ID', 'Period', 'Revenue'],
      ['KA-1', 'FY2026', '€ 550,000.00'],
      ['KA-1', 'FY2025', { formula: 'C4/2', result: 500000 }],
      ['KA-2', 'FY2026', '1,250.5'],
      ['KA-3', 'FY2025', 60000],
    ]);
    const [xlsx, csv, json] = await modelsOf('long', sheets);
    expect(csv).toEqual(xlsx);
    expect(json).toEqual(xlsx);
    expect(xlsx?.revenue.values).toEqual({
      'KA-1': [500000, 550000],
      'KA-2': [0, 1250.5],
      'KA-3': [60000, 0],
      'KA-4': [0, 0],
      'KA-5': [0, 0],
    });
  });

  it('matches CSV file names like sheet names: case, spaces and aliases do not matter', async () => {
    const renamed = { Deck: 'deck settings', Accounts: 'KEY ACCOUNTS', Revenue: 'revenues' };
    const sheets = foundationSheets().map((sheet) => ({
      ...sheet,
      name: renamed[sheet.name as keyof typeof renamed] ?? sheet.name,
    }));
    const folder = await writeCsvFolder(join(dir.path, 'renamed-csv'), sheets);
    const [xlsx] = await modelsOf('canonical', foundationSheets());
    const { model } = await loadModel(folder);
    expect({ ...model, source: 'input' }).toEqual(xlsx);
  });

  it('warns about the ignored sheet and Revenue column in each format, at its header', async () => {
    const sheets = foundationSheets();
    const inputs = {
      xlsx: await writeXlsx(join(dir.path, 'warn.xlsx'), sheets),
      csv: await writeCsvFolder(join(dir.path, 'warn-csv'), sheets),
      json: await writeJson(join(dir.path, 'warn.json'), sheets),
    };
    const warning = async (input: string) =>
      (await loadModel(input)).diagnostics.map(formatDiagnostic);
    const ignored =
      'column "Notes" is not a period (such as 2025, FY2025, Q1 2026, Jan 2026) and is ignored';
    const scratch =
      'sheet "Scratch" is not a sheet kamdeck reads and is ignored; rename it if it holds data for the deck';
    expect(await warning(inputs.xlsx)).toEqual([
      `warning: ${inputs.xlsx}, Scratch: ${scratch}`,
      `warning: ${inputs.xlsx}, Revenue!F1 (column "Notes"): ${ignored}`,
    ]);
    expect(await warning(inputs.csv)).toEqual([
      `warning: ${join(inputs.csv, 'Scratch.csv')}, Scratch: ${scratch}`,
      `warning: ${join(inputs.csv, 'Revenue.csv')}, Revenue!F1 (column "Notes"): ${ignored}`,
    ]);
    // JSON has no header row to point at: the property name locates the column.
    expect(await warning(inputs.json)).toEqual([
      `warning: ${inputs.json}, Scratch: ${scratch}`,
      `warning: ${inputs.json}, Revenue "Notes": ${ignored}`,
    ]);
  });

  it('reports the same problem in each format, located as that format counts rows', async () => {
    const sheets = withSheet(foundationSheets(), 'Revenue', (rows) => {
      const row = rows[3]; // the third account, KA-3: row 4 of a sheet, record 3 in JSON
      if (row) row[2] = '12,5k';
      return rows;
    });
    const xlsx = await writeXlsx(join(dir.path, 'bad.xlsx'), sheets);
    const csv = await writeCsvFolder(join(dir.path, 'bad-csv'), sheets);
    const json = await writeJson(join(dir.path, 'bad.json'), sheets);
    const problem = ': "12,5k" is not a number';
    expect(await errorsOf(xlsx)).toEqual([
      `error: ${xlsx}, Revenue!C4 (column "FY2026")${problem}`,
    ]);
    expect(await errorsOf(csv)).toEqual([
      `error: ${join(csv, 'Revenue.csv')}, Revenue!C4 (column "FY2026")${problem}`,
    ]);
    expect(await errorsOf(json)).toEqual([`error: ${json}, Revenue row 3 "FY2026"${problem}`]);
  });
});
