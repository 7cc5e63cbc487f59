/** Reading an existing .pptx for `preview`: its bytes, or a KamdeckError naming the file. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { KamdeckError } from '../errors.js';
import { unreadable } from './unreadable.js';

export function isDeckFile(path: string): boolean {
  return extname(path).toLowerCase() === '.pptx';
}

/** Every OOXML package is a zip file, which starts "PK\x03\x04". */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readDeckFile(path: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new KamdeckError('INPUT_NOT_FOUND', `Input not found: ${path} (no such file)`);
    throw unreadable(path, `it cannot be opened (${code ?? 'unknown error'})`);
  }
  if (!looksLikeZip(bytes)) throw unreadable(path, 'it is not a PowerPoint (.pptx) file');
  return bytes;
}
