/**
 * `kamdeck init`: the fill-in workbook of the whole input contract. The bytes are deterministic
 * (fixed document and zip-entry dates), and an existing file is never replaced unless asked.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { EXAMPLE_AS_OF } from '../contract/examples.js';
import { INPUT_CONTRACT } from '../contract/registry.js';
import { KamdeckError } from '../errors.js';
import { writeFileAtomic } from '../write/write-atomic.js';
import { writeInstructions } from './instructions.js';
import { writeContractSheet } from './write-sheet.js';

export interface InitOptions {
  /** Header rows only (and the Deck's field names): no example rows. */
  blank?: boolean;
  /** Replace an existing file. */
  force?: boolean;
}

export { DEFAULT_INIT_FILE } from './defaults.js';

function createWorkbook(blank: boolean): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kamdeck';
  workbook.lastModifiedBy = 'kamdeck';
  workbook.created = EXAMPLE_AS_OF;
  workbook.modified = EXAMPLE_AS_OF;
  writeInstructions(workbook, INPUT_CONTRACT);
  for (const sheet of INPUT_CONTRACT) writeContractSheet(workbook, sheet, blank);
  return workbook;
}

/** exceljs stamps zip entries with the current time; a fixed date makes the bytes reproducible. */
async function withFixedZipDates(bytes: Uint8Array): Promise<Uint8Array> {
  const input = await JSZip.loadAsync(bytes);
  const output = new JSZip();
  for (const entry of Object.values(input.files)) {
    if (entry.dir) continue;
    output.file(entry.name, await entry.async('uint8array'), {
      date: EXAMPLE_AS_OF,
      createFolders: false,
    });
  }
  return output.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}

/** The workbook's bytes: every contract sheet, the Instructions, and examples unless `blank`. */
export async function createInitWorkbook(options: InitOptions = {}): Promise<Uint8Array> {
  const buffer = await createWorkbook(options.blank === true).xlsx.writeBuffer();
  return withFixedZipDates(new Uint8Array(buffer as ArrayBuffer));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Writes the fill-in workbook to `path`; refuses to replace a file unless `force`. */
export async function initWorkbook(path: string, options: InitOptions = {}): Promise<string> {
  if (extname(path).toLowerCase() !== '.xlsx')
    throw new KamdeckError(
      'USAGE',
      `${path}: kamdeck init writes an Excel workbook; end the name in .xlsx`,
    );
  if (options.force !== true && (await exists(path))) {
    throw new KamdeckError(
      'OUTPUT_UNWRITABLE',
      `${path} already exists; choose another name, or add --force to replace it`,
    );
  }
  return writeFileAtomic(path, await createInitWorkbook(options));
}
