/**
 * Properties of the whole pipeline on generated input: random but well-typed workbooks (JSON or a
 * CSV folder, small, every optional sheet sometimes present) and random corruptions of them. A
 * build either succeeds with a package free of the known defects, or fails with a KamdeckError
 * about the input whose errors are located — never with any other exception. Seeded: the same
 * runs every time.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KamdeckError } from '../../src/errors.js';
import { buildDeck } from '../../src/pipeline.js';
import { checkPackage } from '../../src/render/pptx/check-package.js';
import {
  coreSheets,
  corrupt,
  corruptionArb,
  optionalSheets,
  workbookArb,
} from '../helpers/generated-input.js';
import { writeCsvFolder, writeJson, type FixtureSheet } from '../helpers/workbook.js';
import { makeTempDir, type TempDir } from '../load/helpers.js';

let dir: TempDir;
let runs = 0;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await dir.remove();
});

async function writeInput(sheets: FixtureSheet[], asCsv: boolean): Promise<string> {
  runs += 1;
  return asCsv
    ? writeCsvFolder(join(dir.path, `run-${runs}`), sheets)
    : writeJson(join(dir.path, `run-${runs}.json`), sheets);
}

/** The property: a clean package, or a located input error — nothing else. */
async function buildsOrFailsCleanly(input: string): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = (await buildDeck(input)).bytes;
  } catch (error) {
    if (!(error instanceof KamdeckError)) throw error;
    expect(['INPUT_INVALID', 'INPUT_UNREADABLE']).toContain(error.code);
    const errors = error.diagnostics.filter((d) => d.severity === 'error');
    if (error.code === 'INPUT_INVALID') expect(errors.length).toBeGreaterThan(0);
    for (const diagnostic of errors) expect(diagnostic.location?.file).toBeTruthy();
    return;
  }
  expect(await checkPackage(bytes)).toEqual([]);
}

describe('any input builds a clean deck or fails with located errors', () => {
  it('well-typed workbooks build', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(workbookArb, fc.boolean(), async (generated, asCsv) => {
        const input = await writeInput(
          [...coreSheets(generated), ...optionalSheets(generated)],
          asCsv,
        );
        const { bytes } = await buildDeck(input);
        expect(await checkPackage(bytes)).toEqual([]);
      }),
      { numRuns: 15, seed: 20261129, endOnFailure: true },
    );
  });

  it('corrupted workbooks build or fail with located errors', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        workbookArb,
        fc.array(corruptionArb, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (generated, corruptions, asCsv) => {
          const sheets = corruptions.reduce(corrupt, [
            ...coreSheets(generated),
            ...optionalSheets(generated),
          ]);
          await buildsOrFailsCleanly(await writeInput(sheets, asCsv));
        },
      ),
      { numRuns: 40, seed: 20261130, endOnFailure: true },
    );
  });
});
