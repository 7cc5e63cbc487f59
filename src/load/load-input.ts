/**
 * Entry point of loading: looks at what the user pointed to (a workbook, a CSV file, a folder of
 * CSV files or a JSON file) and returns the same RawWorkbook shape for all of them. Every failure
 * leaves as a KamdeckError naming the file; no parser exception reaches the caller.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { KamdeckError } from '../errors.js';
import { DEFAULT_LOAD_LIMITS, type LoadLimits, type RawWorkbook } from './raw-table.js';
import { readCsv } from './read-csv.js';
import { readJson } from './read-json.js';
import { readXlsx } from './read-xlsx.js';
import { baseNameWithoutExtension, unreadable, withUnreadableGuard } from './unreadable.js';

const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls']);
const CSV_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

function resolveLimits(limits: Partial<LoadLimits>): LoadLimits {
  const given = Object.fromEntries(
    Object.entries(limits).filter(([, value]) => value !== undefined),
  );
  return { ...DEFAULT_LOAD_LIMITS, ...given };
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error ? String(error.code) : undefined;
}

/** "58 KB" below a megabyte, "12.3 MB" above: a limit of 0.001 MB must not read "0.0 MB". */
function megabytes(size: number): string {
  const mb = size / (1024 * 1024);
  return mb < 1 ? `${Math.max(1, Math.round(size / 1024))} KB` : `${mb.toFixed(1)} MB`;
}

async function statInput(path: string): Promise<{ isDirectory: boolean }> {
  try {
    const info = await stat(path);
    return { isDirectory: info.isDirectory() };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new KamdeckError(
        'INPUT_NOT_FOUND',
        `Input not found: ${path} (no such file or folder)`,
      );
    }
    throw unreadable(path, `it cannot be opened (${code ?? 'unknown error'})`);
  }
}

/** Reads a whole file after checking its size, so an oversized file is refused unread. */
async function readBytes(file: string, limits: LoadLimits): Promise<Buffer> {
  try {
    const { size } = await stat(file);
    if (size === 0) throw unreadable(file, 'the file is empty');
    if (size > limits.maxInputBytes) {
      throw unreadable(
        file,
        `the file is ${megabytes(size)}, more than the limit of ${megabytes(limits.maxInputBytes)}`,
      );
    }
    return await readFile(file);
  } catch (error) {
    if (error instanceof KamdeckError) throw error;
    throw unreadable(file, `it cannot be opened (${errorCode(error) ?? 'unknown error'})`);
  }
}

/** Spreadsheet lock files (~$Book.csv) and hidden files are not tables the user meant. */
function isTableFile(name: string): boolean {
  return (
    CSV_EXTENSIONS.has(extname(name).toLowerCase()) &&
    !name.startsWith('.') &&
    !name.startsWith('~$')
  );
}

async function loadCsvFolder(folder: string, limits: LoadLimits): Promise<RawWorkbook> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    throw unreadable(
      folder,
      `the folder cannot be listed (${errorCode(error) ?? 'unknown error'})`,
    );
  });
  const names = entries
    .filter((entry) => entry.isFile() && isTableFile(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b));
  if (names.length === 0) throw unreadable(folder, 'the folder has no .csv, .tsv or .txt files');
  const workbook: RawWorkbook = { source: folder, format: 'csv', tables: [], diagnostics: [] };
  for (const name of names) {
    const file = join(folder, name);
    const loaded = readCsv(
      file,
      await readBytes(file, limits),
      baseNameWithoutExtension(name),
      limits,
    );
    workbook.tables.push(loaded.table);
    workbook.diagnostics.push(...loaded.diagnostics);
  }
  return workbook;
}

async function loadFile(file: string, limits: LoadLimits): Promise<RawWorkbook> {
  const extension = extname(file).toLowerCase();
  if (XLSX_EXTENSIONS.has(extension)) {
    const loaded = await readXlsx(file, await readBytes(file, limits), limits);
    return { source: file, format: 'xlsx', ...loaded };
  }
  if (CSV_EXTENSIONS.has(extension)) {
    const loaded = readCsv(
      file,
      await readBytes(file, limits),
      baseNameWithoutExtension(file),
      limits,
    );
    return { source: file, format: 'csv', tables: [loaded.table], diagnostics: loaded.diagnostics };
  }
  if (extension === '.json') {
    const loaded = readJson(file, await readBytes(file, limits), limits);
    return { source: file, format: 'json', ...loaded };
  }
  throw unreadable(
    file,
    `"${extension || 'no extension'}" is not a supported input; use an .xlsx workbook, a .csv file, a folder of .csv files or a .json file`,
  );
}

/**
 * Loads the input at `path`: a folder of CSV files (one table per file), an .xlsx/.xlsm workbook
 * (one table per worksheet), a single .csv/.tsv/.txt file, or a .json file (one table per key).
 */
export async function loadInput(
  path: string,
  limits: Partial<LoadLimits> = {},
): Promise<RawWorkbook> {
  const resolved = resolveLimits(limits);
  const { isDirectory } = await statInput(path);
  // Every expected failure is already a KamdeckError; this only catches the unexpected.
  return withUnreadableGuard(path, 'it could not be read because of an unexpected problem', () =>
    isDirectory ? loadCsvFolder(path, resolved) : loadFile(path, resolved),
  );
}
