/**
 * Writing the deck: to a temporary file beside the target, then a rename, so a crash or Ctrl-C
 * never leaves a half-written deck under the real name. Refuses to overwrite the input.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
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

export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  options: WriteOptions = {},
): Promise<string> {
  const absolute = resolve(target);
  if ((options.protect ?? []).some((path) => resolve(path) === absolute)) {
    throw new KamdeckError(
      'OUTPUT_UNWRITABLE',
      `refusing to overwrite the input file ${target}; choose another output with -o`,
    );
  }
  const temporary = temporaryPath(absolute);
  try {
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, absolute);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new KamdeckError(
      'OUTPUT_UNWRITABLE',
      `cannot write ${target} (${reason}); check that the folder is writable and the file is not open in PowerPoint`,
    );
  }
  return absolute;
}
