import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KamdeckError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/write/write-atomic.js';
import { makeTempDir, type TempDir } from '../load/helpers.js';

let dir: TempDir;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await dir.remove();
});

const bytes = (text: string) => new TextEncoder().encode(text);

async function failure(promise: Promise<unknown>): Promise<KamdeckError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(KamdeckError);
  return error as KamdeckError;
}

describe('writeFileAtomic', () => {
  it('replaces an earlier deck whole and leaves only the target in the folder', async () => {
    const target = await dir.file('deck.pptx', 'an older and much longer deck');
    await writeFileAtomic(target, bytes('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir.path)).toEqual(['deck.pptx']);
  });

  it('refuses a target that is a symbolic link to the input', async () => {
    const input = await dir.file('kam.xlsx', 'input');
    const link = join(dir.path, 'link.pptx');
    await symlink(input, link);
    const error = await failure(writeFileAtomic(link, bytes('x'), { protect: [input] }));
    expect(error.code).toBe('OUTPUT_UNWRITABLE');
    expect(await readFile(input, 'utf8')).toBe('input');
  });

  it('refuses a CSV file inside an input folder but writes a deck there', async () => {
    const folder = join(dir.path, 'data');
    await mkdir(folder);
    await writeFile(join(folder, 'Revenue.csv'), 'Account ID,FY2026');
    const error = await failure(
      writeFileAtomic(join(folder, 'Revenue.csv'), bytes('x'), { protect: [folder] }),
    );
    expect(error.message).toBe(
      `refusing to overwrite Revenue.csv of the input folder ${folder}; choose another output with -o`,
    );
    await writeFileAtomic(join(folder, 'deck.pptx'), bytes('deck'), { protect: [folder] });
    expect((await readdir(folder)).sort()).toEqual(['Revenue.csv', 'deck.pptx']);
  });

  it('removes its temporary file when the final rename fails', async () => {
    const target = join(dir.path, 'taken');
    await mkdir(join(target, 'inside'), { recursive: true });
    const error = await failure(writeFileAtomic(target, bytes('x')));
    expect(error.code).toBe('OUTPUT_UNWRITABLE');
    expect(error.message).toMatch(/^cannot write .*taken \(E[A-Z]+\)/);
    expect(await readdir(dir.path)).toEqual(['taken']);
  });
});
