import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadInput } from '../../src/load/load-input.js';
import { readZipDirectory } from '../../src/load/zip-guard.js';
import { expectKamdeckError, makeTempDir, writeWorkbook, type TempDir } from './helpers.js';

let dir: TempDir;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await dir.remove();
});

async function validXlsxBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Accounts').addRow(['Account', 'Tier']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files))
    zip.file(name, content, { createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('loadInput refuses what it cannot read, naming the file', () => {
  it('a missing path is INPUT_NOT_FOUND', async () => {
    const missing = join(dir.path, 'nope.xlsx');
    await expectKamdeckError(loadInput(missing), 'INPUT_NOT_FOUND', missing);
  });

  it.each(['empty.xlsx', 'empty.csv', 'empty.json'])('an empty file (%s)', async (name) => {
    const file = await dir.file(name, '');
    const error = await expectKamdeckError(loadInput(file), 'INPUT_UNREADABLE', file);
    expect(error.message).toBe(`Cannot read ${file}: the file is empty`);
  });

  it('a whitespace-only CSV counts as empty', async () => {
    const file = await dir.file('blank.csv', ' \r\n\r\n');
    const error = await expectKamdeckError(loadInput(file), 'INPUT_UNREADABLE', file);
    expect(error.message).toContain('the file is empty');
  });

  it('a file over maxInputBytes', async () => {
    const file = await dir.file('big.csv', 'a,b\n'.repeat(1000));
    const error = await expectKamdeckError(
      loadInput(file, { maxInputBytes: 1000 }),
      'INPUT_UNREADABLE',
      file,
    );
    expect(error.message).toContain('more than the limit');
  });

  it('a CSV renamed .xlsx', async () => {
    const file = await dir.file('renamed.xlsx', 'Account,Tier\nAcme,Gold\n');
    const error = await expectKamdeckError(loadInput(file), 'INPUT_UNREADABLE', file);
    expect(error.message).toContain('looks like a text/CSV file');
  });

  it.each(['legacy.xls', 'locked.xlsx'])('an OLE/CFB file (%s)', async (name) => {
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    const file = await dir.file(name, cfb);
    const error = await expectKamdeckError(loadInput(file), 'INPUT_UNREADABLE', file);
    expect(error.message).toContain(
      'a legacy .xls or a password-protected workbook; save it as .xlsx without a password',
    );
  });

  it('a binary file that is neither zip nor CFB', async () => {
    const file = await dir.file(
      'image.xlsx',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]),
    );
    const error = await expectKamdeckError(loadInput(file), 'INPUT_UNREADABLE', file);
    expect(error.message).toContain('not an Excel workbook');
  });

  it('a truncated zip', async () => {
    const bytes = await validXlsxBytes();
    const file = await dir.file('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    const error = await expectKamdeckError(loadInput(file), 'INPUT_UNREADABLE', file);
    expect(error.message).toContain('damaged');
  });

  it('a zip whose compressed data is corrupt', async () => {
    const bytes = await zipOf({ 'xl/workbook.xml': '<workbook>'.repeat(2000) });
    // The data of the only entry starts after its 30-byte local header and its name.
    const dataStart = 30 + 'xl/workbook.xml'.length;
    for (let i = dataStart + 2; i < dataStart + 40; i += 1) bytes[i] = 0xff;
    const file = await dir.file('corrupt.xlsx', bytes);
    const error = await expectKamdeckError(loadInput(file), 'INPUT_UNREADABLE', file);
    expect(error.message).toContain('damaged');
  });

  it('a zip that is not a workbook (no worksheets)', async () => {
    const file = await dir.file('notes.xlsx', await zipOf({ 'hello.txt': 'hello' }));
    await expectKamdeckError(loadInput(file), 'INPUT_UNREADABLE', file);
  });

  it('an empty zip archive', async () => {
    const file = await dir.file(
      'emptyzip.xlsx',
      await new JSZip().generateAsync({ type: 'nodebuffer' }),
    );
    const error = await expectKamdeckError(loadInput(file), 'INPUT_UNREADABLE', file);
    expect(error.message).toContain('no worksheets');
  });

  it('a workbook saved with a .csv name', async () => {
    const file = await dir.file('workbook.csv', await validXlsxBytes());
    const error = await expectKamdeckError(loadInput(file), 'INPUT_UNREADABLE', file);
    expect(error.message).toContain('not a text file');
  });

  it('invalid JSON, with line and column', async () => {
    const file = await dir.file(
      'broken.json',
      '{\n  "Accounts": [\n    {"Account": "Acme",}\n  ]\n}\n',
    );
    const error = await expectKamdeckError(loadInput(file), 'INPUT_UNREADABLE', file);
    expect(error.message).toMatch(
      /^Cannot read .*broken\.json: it is not valid JSON \(.+ at line 3, column 24\)$/,
    );
  });

  it('JSON whose top level is not an object of tables', async () => {
    const file = await dir.file('list.json', '[{"Account": "Acme"}]');
    const error = await expectKamdeckError(loadInput(file), 'INPUT_UNREADABLE', file);
    expect(error.message).toContain('keys are table names');
  });

  it('an unsupported extension', async () => {
    const file = await dir.file('deck.pdf', '%PDF-1.7');
    const error = await expectKamdeckError(loadInput(file), 'INPUT_UNREADABLE', file);
    expect(error.message).toContain('".pdf" is not a supported input');
  });

  it('a folder without CSV files', async () => {
    await dir.file('readme.md', 'nothing here');
    const error = await expectKamdeckError(loadInput(dir.path), 'INPUT_UNREADABLE', dir.path);
    expect(error.message).toContain('no .csv');
  });
});

describe('zip-bomb guard', () => {
  const zeros = '0'.repeat(50 * 1024 * 1024);

  it('refuses a zip whose declared sizes exceed maxUncompressedBytes, from the central directory', async () => {
    const bytes = await zipOf({
      '[Content_Types].xml': '<Types/>',
      'xl/worksheets/sheet1.xml': zeros,
    });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const declared = readZipDirectory(bytes).reduce(
      (sum, entry) => sum + entry.uncompressedSize,
      0,
    );
    expect(declared).toBeGreaterThan(50 * 1024 * 1024);
    const file = await dir.file('bomb.xlsx', bytes);
    const error = await expectKamdeckError(
      loadInput(file, { maxUncompressedBytes: 1024 * 1024 }),
      'INPUT_UNREADABLE',
      file,
    );
    expect(error.message).toContain('would unpack to 51 MB, more than the limit of 1 MB');
    // The message quotes the declared total: the refusal came from the central directory.
  });

  it('refuses a zip that declares small sizes but inflates to more', async () => {
    const bytes = await zipOf({ 'xl/worksheets/sheet1.xml': '0'.repeat(5 * 1024 * 1024) });
    const [entry] = readZipDirectory(bytes);
    const directoryStart = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(100, directoryStart + 24); // central directory: uncompressed size
    bytes.writeUInt32LE(100, 22); // local header: uncompressed size
    expect(readZipDirectory(bytes)[0]?.uncompressedSize).toBe(100);
    expect(entry?.uncompressedSize).toBe(5 * 1024 * 1024);
    const file = await dir.file('liar.xlsx', bytes);
    const error = await expectKamdeckError(
      loadInput(file, { maxUncompressedBytes: 1024 * 1024 }),
      'INPUT_UNREADABLE',
      file,
    );
    expect(error.message).toContain('damaged');
  });

  it('accepts a normal workbook under the default limits', async () => {
    const file = await writeWorkbook(dir, 'ok.xlsx', (wb) =>
      wb.addWorksheet('Accounts').addRow(['Account', 'Tier']),
    );
    const workbook = await loadInput(file);
    expect(workbook.tables[0]?.columns).toHaveLength(2);
  });
});
