/**
 * kamdeck's own xlsx reader against the reader it replaced (exceljs's full reader, kept as a test
 * oracle in exceljs-oracle.ts): the same tables and the same diagnostics — or the same refusal —
 * for every workbook the test suite builds: the load tests' workbooks, the fixture workbooks, the
 * bad-input corpus, the sample, the fill-in workbook of `kamdeck init` and a synthetic workbook.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, isKamdeckError } from '../../src/errors.js';
import { createInitWorkbook } from '../../src/init/init-workbook.js';
import { DEFAULT_LOAD_LIMITS } from '../../src/load/raw-table.js';
import { readXlsx, type LoadedTables } from '../../src/load/read-xlsx.js';
import { writeSyntheticWorkbook } from '../bench/synthetic-workbook.js';
import { generateBadInputs } from '../fixtures/bad/generate.js';
import { exampleSheets } from '../helpers/contract-fixture.js';
import { foundationSheets } from '../helpers/foundation-fixture.js';
import { coreSheets, optionalSheets, workbookArb } from '../helpers/generated-input.js';
import { writeXlsx } from '../helpers/workbook.js';
import { readXlsxWithExcelJs } from './exceljs-oracle.js';
import { makeTempDir, writeWorkbook, type TempDir } from './helpers.js';
import { PARITY_WORKBOOKS } from './parity-workbooks.js';

let dir: TempDir;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await dir.remove();
});

interface Outcome {
  tables?: LoadedTables['tables'];
  diagnostics?: string[];
  refused?: string;
}

async function outcome(read: () => Promise<LoadedTables>): Promise<Outcome> {
  try {
    const { tables, diagnostics } = await read();
    return { tables, diagnostics: diagnostics.map(formatDiagnostic) };
  } catch (error) {
    if (!isKamdeckError(error)) throw error;
    return { refused: `${error.code}: ${error.message}` };
  }
}

/** Reads `file` with both readers and expects the very same result; returns it. */
async function expectParity(file: string) {
  const bytes = await readFile(file);
  const ours = await outcome(() => readXlsx(file, bytes, DEFAULT_LOAD_LIMITS));
  const oracle = await outcome(() => readXlsxWithExcelJs(file, bytes, DEFAULT_LOAD_LIMITS));
  expect(ours).toStrictEqual(oracle);
  return ours;
}

async function expectTablesParity(file: string): Promise<void> {
  const result = await expectParity(file);
  // Not two empty results: the workbook was read.
  expect(result.tables?.length ?? 0).toBeGreaterThan(0);
}

describe('own xlsx reader = exceljs full reader', () => {
  it.each(Object.entries(PARITY_WORKBOOKS))('%s', async (name, build) => {
    await expectTablesParity(await writeWorkbook(dir, `${name.replace(/\W+/g, '-')}.xlsx`, build));
  });

  it('for the fixture workbooks (foundation, contract examples)', async () => {
    await expectTablesParity(
      await writeXlsx(join(dir.path, 'foundation.xlsx'), foundationSheets()),
    );
    await expectTablesParity(await writeXlsx(join(dir.path, 'examples.xlsx'), exampleSheets()));
  });

  it('for generated workbooks', async () => {
    const inputs = fc.sample(workbookArb, { numRuns: 12, seed: 2026 });
    for (const [index, input] of inputs.entries()) {
      const sheets = [...coreSheets(input), ...optionalSheets(input)];
      await expectTablesParity(await writeXlsx(join(dir.path, `generated-${index}.xlsx`), sheets));
    }
  });

  it('for every workbook of the bad-input corpus, refusals included', async () => {
    const cases = await generateBadInputs(join(dir.path, 'bad'));
    const workbooks = cases.filter(({ input }) => /\.xlsx$/.test(input));
    expect(workbooks.length).toBeGreaterThan(50);
    for (const { input } of workbooks) await expectParity(input);
  });

  it('for the sample workbooks', async () => {
    const folder = new URL('../../sample-data/', import.meta.url).pathname;
    const samples = (await readdir(folder)).filter((name) => name.endsWith('.xlsx'));
    expect(samples.length).toBeGreaterThan(0);
    for (const name of samples) await expectTablesParity(join(folder, name));
  });

  it("for kamdeck init's fill-in workbook, with examples and blank", async () => {
    for (const blank of [false, true]) {
      const file = await dir.file(`init-${blank}.xlsx`, await createInitWorkbook({ blank }));
      await expectTablesParity(file);
    }
  });

  it('for a synthetic benchmark workbook (written by the streaming writer)', async () => {
    const file = join(dir.path, 'synthetic.xlsx');
    await writeSyntheticWorkbook(file, { accounts: 40, divisions: 3 });
    await expectTablesParity(file);
  });
});
