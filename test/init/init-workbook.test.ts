/**
 * `kamdeck init`: the fill-in workbook. It holds every sheet of the contract with styled, frozen
 * headers, drop-downs and formats; its examples build a deck as they stand; the bytes are the same
 * on every run; and an existing file is only replaced with --force.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { INPUT_CONTRACT } from '../../src/contract/registry.js';
import { createInitWorkbook } from '../../src/init/init-workbook.js';
import { checkPackage } from '../../src/render/pptx/check-package.js';
import { contractHeaders } from '../helpers/contract-fixture.js';
import { makeTempDir, type TempDir } from '../load/helpers.js';

async function cli(...argv: string[]) {
  const run = { code: -1, out: [] as string[], err: [] as string[] };
  run.code = await runCli(argv, { out: (l) => run.out.push(l), err: (l) => run.err.push(l) });
  return run;
}

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

function validationOf(worksheet: ExcelJS.Worksheet, address: string): ExcelJS.DataValidation {
  const holder = worksheet as unknown as {
    dataValidations: { model: Record<string, ExcelJS.DataValidation> };
  };
  const rule = holder.dataValidations.model[address];
  if (rule === undefined) throw new Error(`no validation at ${worksheet.name}!${address}`);
  return rule;
}

let dir: TempDir;
let examples: ExcelJS.Workbook;
beforeAll(async () => {
  dir = await makeTempDir();
  examples = await open(await createInitWorkbook());
});
afterAll(async () => {
  await dir.remove();
});

describe('kamdeck init → validate → build', () => {
  it('writes a workbook that validates and builds every slide kind as it stands', async () => {
    const file = join(dir.path, 'accounts.xlsx');
    const init = await cli('init', file);
    expect(init.code).toBe(0);
    expect(init.out[0]).toBe(
      `Wrote ${file} (grey rows are examples: replace them). Fill it in, then run:`,
    );
    const validate = await cli('validate', file);
    expect(validate.code).toBe(0);
    expect(validate.out[0]).toBe(`${file}: 0 errors, 0 warnings`);
    const deck = join(dir.path, 'accounts.pptx');
    const build = await cli('build', file, '-o', deck);
    expect(build.err).toEqual([]);
    expect(build.code).toBe(0);
    expect(await checkPackage(await readFile(deck))).toEqual([]);
  });

  it('never replaces an existing file without --force', async () => {
    const file = await dir.file('mine.xlsx', 'my own data');
    const refused = await cli('init', file);
    expect(refused.code).toBe(2);
    expect(refused.err).toEqual([
      `kamdeck: ${file} already exists; choose another name, or add --force to replace it`,
    ]);
    expect(await readFile(file, 'utf8')).toBe('my own data');
    const forced = await cli('init', file, '--force');
    expect(forced.code).toBe(0);
    expect((await stat(file)).size).toBeGreaterThan(10_000);
  });

  it('writes only .xlsx workbooks', async () => {
    const run = await cli('init', join(dir.path, 'accounts.csv'));
    expect(run.code).toBe(2);
    expect(run.err[0]).toContain('kamdeck init writes an Excel workbook; end the name in .xlsx');
  });

  it('writes the same bytes every time', async () => {
    const [first, second] = [await createInitWorkbook(), await createInitWorkbook()];
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
    expect(examples.created).toEqual(new Date(Date.UTC(2026, 8, 30)));
  });
});

describe('the written workbook', () => {
  it('has the Instructions, then every contract sheet with its header row', () => {
    expect(examples.worksheets.map((worksheet) => worksheet.name)).toEqual([
      'Instructions',
      ...INPUT_CONTRACT.map((contract) => contract.name),
    ]);
    for (const contract of INPUT_CONTRACT) {
      const worksheet = sheet(examples, contract.name);
      const headers = (worksheet.getRow(1).values as unknown[]).slice(1);
      expect(headers, contract.name).toEqual(contractHeaders(contract));
      expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('styles the header: required columns darker, a note with what each column holds', () => {
    const accounts = sheet(examples, 'Accounts');
    const id = accounts.getCell('A1');
    const region = accounts.getCell('D1');
    expect(id.font.bold).toBe(true);
    expect(id.fill).not.toEqual(region.fill);
    expect(JSON.stringify(id.note)).toContain('Required. Unique key of the account');
    expect(accounts.getColumn(1).width).toBe(14);
  });

  it('marks the example rows in grey italics and names them as examples', () => {
    const accounts = sheet(examples, 'Accounts');
    expect(accounts.getCell('A2').value).toBe('EX-001');
    expect(accounts.getCell('B2').value).toBe('Example Health System');
    expect(accounts.getCell('B2').font.italic).toBe(true);
    expect(accounts.rowCount).toBe(4);
  });

  it('sets number formats: percentages, amounts, dates', () => {
    const accounts = sheet(examples, 'Accounts');
    expect(accounts.getCell('K2').numFmt).toBe('0%');
    expect(accounts.getCell('H2').numFmt).toBe('#,##0');
    expect(accounts.getCell('O2').numFmt).toBe('yyyy-mm-dd');
    expect(accounts.getCell('O2').value).toEqual(new Date(Date.UTC(2027, 2, 31)));
    expect(sheet(examples, 'Deck').getCell('B11').numFmt).toBe('yyyy-mm-dd');
  });

  it('adds drop-downs: closed lists refuse other values, lists with synonyms only warn', () => {
    const dimension = validationOf(sheet(examples, 'Scoring criteria'), 'B2');
    expect(dimension).toMatchObject({
      type: 'list',
      formulae: ['"Growth,Harmony"'],
      errorStyle: 'stop',
    });
    const relationship = validationOf(sheet(examples, 'Stakeholders'), 'G500');
    expect(relationship).toMatchObject({
      formulae: ['"Positive,Neutral,Negative"'],
      errorStyle: 'warning',
    });
    for (const [name, address, list] of [
      ['Accounts', 'G2', '"Basic,Standard,Premium"'],
      ['Accounts', 'J2', '"Not started,In progress,Stalled,Completed"'],
      ['Stakeholders', 'H2', '"High,Medium,Low"'],
      ['Timeline', 'F2', '"Planned,In progress,Done,Late"'],
      ['RACI', 'B2', '"R,A,C,I,R/A"'],
      ['Sales', 'D2', '"A,B,C,D"'],
    ] as const)
      expect(validationOf(sheet(examples, name), address).formulae).toEqual([list]);
    expect(validationOf(sheet(examples, 'Accounts'), 'L2')).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 10],
    });
    expect(validationOf(sheet(examples, 'Scores'), 'C2')).toMatchObject({ formulae: [1, 10] });
  });

  it('explains every sheet and column in the Instructions sheet', () => {
    const instructions = sheet(examples, 'Instructions');
    const text: string[] = [];
    instructions.eachRow((row) => text.push((row.values as unknown[]).slice(1).join(' | ')));
    const all = text.join('\n');
    expect(all).toContain('kamdeck validate <this file>');
    for (const contract of INPUT_CONTRACT) expect(all).toContain(`${contract.name} | `);
    expect(all).toContain('Decision power | yes | High, Medium or Low: the badge H / M / L.');
    expect(all).toContain('Dimension | yes | Growth or Harmony. | one of Growth, Harmony');
  });
});

describe('kamdeck init --blank', () => {
  it('writes header rows only (the Deck keeps its field names) and asks for accounts', async () => {
    const file = join(dir.path, 'blank.xlsx');
    expect((await cli('init', file, '--blank')).code).toBe(0);
    const blank = await open(await readFile(file));
    for (const contract of INPUT_CONTRACT) {
      const expected = contract.fields === undefined ? 1 : contract.fields.length + 1;
      expect(sheet(blank, contract.name).actualRowCount, contract.name).toBe(expected);
    }
    expect(sheet(blank, 'Deck').getCell('B2').value).toBeNull();
    const report = await cli('validate', file, '--json');
    expect(report.code).toBe(2);
    const parsed = JSON.parse(report.out.join('\n')) as { errors: number; warnings: number };
    expect(parsed).toMatchObject({ errors: 1, warnings: INPUT_CONTRACT.length - 2 });
  });

  it('builds once the Accounts sheet has a row; the empty sheets are left out', async () => {
    const blank = await open(await createInitWorkbook({ blank: true }));
    const accounts = sheet(blank, 'Accounts');
    accounts.getCell('A2').value = 'KA-1';
    accounts.getCell('B2').value = 'Northwind Health';
    const file = join(dir.path, 'filled.xlsx');
    await writeFile(file, new Uint8Array((await blank.xlsx.writeBuffer()) as ArrayBuffer));
    const build = await cli('build', file, '-o', join(dir.path, 'filled.pptx'));
    expect(build.code).toBe(0);
    expect(build.err.join('\n')).toContain('Revenue: has a header row but no data; it is ignored');
  });
});
