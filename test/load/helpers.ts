/** Test helpers: temp folders and workbooks built in the test, so no binary fixture is committed. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { KamdeckError, type ErrorCode } from '../../src/errors.js';

export interface TempDir {
  path: string;
  file(name: string, content: string | Uint8Array): Promise<string>;
  remove(): Promise<void>;
}

export async function makeTempDir(): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), 'kamdeck-load-'));
  return {
    path,
    async file(name, content) {
      const target = join(path, name);
      await writeFile(target, content);
      return target;
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

export async function writeWorkbook(
  dir: TempDir,
  name: string,
  build: (wb: ExcelJS.Workbook) => void,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return dir.file(name, new Uint8Array(buffer as ArrayBuffer));
}

/** Asserts a promise rejects with a KamdeckError of `code` whose message names `file`. */
export async function expectKamdeckError(
  promise: Promise<unknown>,
  code: ErrorCode,
  file: string,
): Promise<KamdeckError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(KamdeckError);
  const kamdeck = error as KamdeckError;
  expect(kamdeck.code).toBe(code);
  expect(kamdeck.message).toContain(file);
  expect(kamdeck.message).not.toMatch(/\n\s+at /);
  return kamdeck;
}
