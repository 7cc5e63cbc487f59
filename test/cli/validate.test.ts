/**
 * `kamdeck validate`: every problem grouped by sheet, errors apart from warnings, as a table or as
 * JSON; exit 0 when the input would build, 2 when it would not. Also the limit options.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { exampleSheets } from '../helpers/contract-fixture.js';
import { writeCsvFolder, writeXlsx, type FixtureSheet } from '../helpers/workbook.js';
import { cell, both, renameSheet } from '../fixtures/bad/edits.js';
import { makeTempDir, type TempDir } from '../load/helpers.js';

async function cli(...argv: string[]) {
  const run = { code: -1, out: [] as string[], err: [] as string[] };
  run.code = await runCli(argv, { out: (l) => run.out.push(l), err: (l) => run.err.push(l) });
  return run;
}

const broken = (): FixtureSheet[] =>
  both(
    cell('Accounts', 'MRR', 2, -5),
    cell('Charter', 'Section', 2, null),
    renameSheet('Timeline', 'Timelines'),
  )(exampleSheets());

let dir: TempDir;
let valid: string;
let invalid: string;
beforeAll(async () => {
  dir = await makeTempDir();
  valid = await writeXlsx(join(dir.path, 'valid.xlsx'), exampleSheets());
  invalid = await writeXlsx(join(dir.path, 'invalid.xlsx'), broken());
});
afterAll(async () => {
  await dir.remove();
});

describe('kamdeck validate', () => {
  it('exits 0 for valid input and says what to do next', async () => {
    const run = await cli('validate', valid);
    expect(run).toEqual({
      code: 0,
      out: [
        `${valid}: 0 errors, 0 warnings`,
        '',
        `${valid} is valid. Next: kamdeck build ${valid}`,
      ],
      err: [],
    });
  });

  it('prints errors and warnings apart, grouped by sheet, with cell, header and message', async () => {
    const run = await cli('validate', invalid);
    expect(run.code).toBe(2);
    expect(run.out).toEqual([
      `${invalid}: 2 errors, 1 warning`,
      '',
      'Errors (2)',
      '  Accounts',
      '    H2  MRR      -5 is negative; expected MRR of 0 or more',
      '  Charter',
      '    A2  Section  is empty; write the title of the section this text belongs to',
      '',
      'Warnings (1)',
      '  Timelines',
      '    sheet "Timelines" is not a sheet kamdeck reads and is ignored (did you mean "Timeline"?)',
      '',
      `${invalid} is not valid: fix the 2 errors above, then run kamdeck validate again.`,
    ]);
    expect(run.err).toEqual([]);
  });

  it('prints the same as JSON with --json', async () => {
    const run = await cli('validate', invalid, '--json');
    expect(run.code).toBe(2);
    expect(JSON.parse(run.out.join('\n'))).toEqual({
      input: invalid,
      valid: false,
      errors: 2,
      warnings: 1,
      sheets: [
        {
          sheet: 'Timelines',
          file: invalid,
          errors: [],
          warnings: [
            {
              cell: 'Timelines',
              row: null,
              column: null,
              header: null,
              message:
                'sheet "Timelines" is not a sheet kamdeck reads and is ignored (did you mean "Timeline"?)',
            },
          ],
        },
        {
          sheet: 'Accounts',
          file: invalid,
          errors: [
            {
              cell: 'Accounts!H2',
              row: 2,
              column: 'H',
              header: 'MRR',
              message: '-5 is negative; expected MRR of 0 or more',
            },
          ],
          warnings: [],
        },
        {
          sheet: 'Charter',
          file: invalid,
          errors: [
            {
              cell: 'Charter!A2',
              row: 2,
              column: 'A',
              header: 'Section',
              message: 'is empty; write the title of the section this text belongs to',
            },
          ],
          warnings: [],
        },
      ],
    });
  });

  it('names the CSV file of each sheet of a folder', async () => {
    const folder = await writeCsvFolder(join(dir.path, 'csv'), broken());
    const run = await cli('validate', folder);
    expect(run.code).toBe(2);
    expect(run.out).toContain('  Accounts (Accounts.csv)');
  });

  it('reports a file it cannot read as one error at the file, also in JSON', async () => {
    const empty = await dir.file('empty.xlsx', '');
    const text = await cli('validate', empty);
    expect(text.code).toBe(2);
    expect(text.out.slice(0, 5)).toEqual([
      `${empty}: 1 error, 0 warnings`,
      '',
      'Errors (1)',
      '  empty.xlsx',
      `    Cannot read ${empty}: the file is empty`,
    ]);
    const json = await cli('validate', join(dir.path, 'missing.xlsx'), '--json');
    expect(json.code).toBe(2);
    const report = JSON.parse(json.out.join('\n')) as { sheets: { sheet: null }[] };
    expect(report.sheets[0]).toMatchObject({
      sheet: null,
      errors: [{ message: expect.stringContaining('Input not found') as unknown }],
    });
  });

  it('applies --max-rows and --max-input-mb, and refuses limits that are not positive', async () => {
    const rows = await cli('validate', valid, '--max-rows', '3');
    expect(rows.code).toBe(2);
    expect(rows.out.join('\n')).toContain(
      'the sheet has 4 data rows, more than the limit of 3; only the first 3 were read',
    );
    const size = await cli('validate', valid, '--max-input-mb', '0.01', '--json');
    expect(size.code).toBe(2);
    expect(size.out.join('\n')).toContain('more than the limit of 10 KB');
    const usage = await cli('validate', valid, '--max-rows', '0');
    expect(usage.code).toBe(2);
    expect(usage.err.join('\n')).toBe(
      'kamdeck: --max-rows 0: expected a number greater than 0\nRun kamdeck --help for usage.',
    );
  });

  it('lists validate and init in --help, and the limit options on build and batch', async () => {
    const help = (await cli('--help')).out.join('\n');
    expect(help).toContain('kamdeck init [file]');
    expect(help).toContain('kamdeck validate <input>');
    for (const command of ['build', 'batch', 'validate']) {
      const text = (await cli(command, '--help')).out.join('\n');
      expect(text, command).toContain('--max-input-mb');
      expect(text, command).toContain('--max-rows');
    }
  });
});
