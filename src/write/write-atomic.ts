/**
 * Writing the deck: to a temporary file beside the target, then a rename, so a crash or Ctrl-C
 * never leaves a half-written deck under the real name. Refuses to overwrite the input.
 */
import { mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { KamdeckError } from '../errors.js';
import { randomBytes } from 'node:crypto';

export interface WriteOptions {
  /** Paths that must never be overwritten (the input). */
  protect?: readonly string[];
}

/** A hidden name in the target folder, so the final rename stays on one file system. */
function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** The absolute path with symbolic links resolved as far as it exists, so a link to the input is caught. */
async function canonicalPath(path: string): Promise<string> {
  const absolute = resolve(path);
  const real = await realpath(absolute).catch(() => undefined);
  if (real !== undefined) return real;
  const parent = await realpath(dirname(absolute)).catch(() => dirname(absolute));
  return join(parent, basename(absolute));
}

/** Files a folder input is read from (load/load-input.ts reads its .csv, .tsv and .txt files). */
const FOLDER_TABLE_FILE = /\.(?:csv|tsv|txt)$/i;

/** Why writing `target` would overwrite input, or undefined when it would not. */
async function overwritesInput(
  target: string,
  protect: readonly string[],
): Promise<string | undefined> {
  const canonical = await canonicalPath(target);
  for (const path of protect) {
    const input = await canonicalPath(path);
    if (input === canonical) return `the input file ${path}`;
    const isFolder = await stat(input).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (isFolder && dirname(canonical) === input && FOLDER_TABLE_FILE.test(canonical))
      return `${basename(canonical)} of the input folder ${path}`;
  }
  return undefined;
}

export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  options: WriteOptions = {},
): Promise<string> {
  const absolute = resolve(target);
  const input = await overwritesInput(target, options.protect ?? []);
  if (input !== undefined) {
    throw new KamdeckError(
      'OUTPUT_UNWRITABLE',
      `refusing to overwrite ${input}; choose another output with -o`,
    );
  }
  const temporary = temporaryPath(absolute);
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, absolute);
  } catch (error) {
    // Cleanup must not replace the real reason (rm fails too when the folder is a file: ENOTDIR).
    await rm(temporary, { force: true }).catch(() => undefined);
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new KamdeckError(
      'OUTPUT_UNWRITABLE',
      `cannot write ${target} (${reason}); check that the folder is writable and the file is not open in PowerPoint`,
    );
  }
  return absolute;
}
