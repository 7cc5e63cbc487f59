/** The library API as a user imports it (src/index.ts): loadModel, buildDeck, buildDeckToFile. */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as kamdeck from '../src/index.js';
import { buildDeck, buildDeckToFile, KamdeckError, loadModel } from '../src/index.js';
import { AS_OF, foundationSheets } from './helpers/foundation-fixture.js';
import { withCell, writeCsvFolder, writeXlsx } from './helpers/workbook.js';
import { makeTempDir, type TempDir } from './load/helpers.js';

const SAMPLE = 'sample-data/kam-sample.xlsx';
/** The foundation's slides; the template's other kinds are built elsewhere. */
const slides = ['title', 'agenda', 'pareto', 'abc'];

let dir: TempDir;
let fixture: string;
beforeAll(async () => {
  dir = await makeTempDir();
  fixture = await writeXlsx(join(dir.path, 'fixture.xlsx'), foundationSheets());
});
afterAll(async () => {
  await dir.remove();
});

async function rejection(promise: Promise<unknown>): Promise<KamdeckError> {
  const error: unknown = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof KamdeckError)) throw new Error(`expected a KamdeckError, got ${error}`);
  return error;
}

/** created/modified of docProps/core.xml of a package (the deck or an embedded workbook). */
async function coreDates(bytes: Uint8Array): Promise<string[]> {
  const core = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')?.async('string');
  return [...(core ?? '').matchAll(/<dcterms:(?:created|modified)\b[^>]*>([^<]*)</g)].map(
    (match) => match[1] ?? '',
  );
}

describe('library API', () => {
  it('exports buildDeck, buildDeckToFile and loadModel from src/index.ts', () => {
    for (const name of ['buildDeck', 'buildDeckToFile', 'loadModel'] as const) {
      expect(typeof kamdeck[name]).toBe('function');
    }
  });

  it('loadModel returns the validated model and the warnings', async () => {
    const { model, diagnostics } = await loadModel(fixture);
    expect(model.accounts).toHaveLength(5);
    expect(model.deck.asOf).toEqual(AS_OF);
    expect(diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('loadModel throws one KamdeckError carrying every problem', async () => {
    let sheets = withCell(foundationSheets(), 'Revenue', 2, 2, -1);
    sheets = withCell(sheets, 'Accounts', 2, 1, null);
    const bad = await writeXlsx(join(dir.path, 'bad.xlsx'), sheets);
    const error = await rejection(loadModel(bad));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toBe(`${bad} has 2 problems`);
    const errors = error.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.location)).toEqual([
      { file: bad, sheet: 'Accounts', row: 3, column: 'B', header: 'Account' },
      { file: bad, sheet: 'Revenue', row: 3, column: 'C', header: 'FY2026' },
    ]);
  });

  it('buildDeck returns the bytes, the deck spec, the model and warnings', async () => {
    const result = await buildDeck(fixture, { slides });
    expect(result.bytes.subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect(result.deck.slides.map((slide) => slide.kind)).toEqual([
      'title',
      'agenda',
      'pareto',
      'abc',
      'abc',
    ]);
    expect(result.model.accounts).toHaveLength(5);
    // The agenda lists the first title of each analysis that follows it, in order.
    const agenda = result.deck.slides[1]?.elements
      .slice(2)
      .flatMap((element) =>
        element.type === 'text' && typeof element.text === 'string' ? [element.text] : [],
      );
    expect(agenda).toEqual([
      '01',
      result.deck.slides[2]?.title,
      '02',
      result.deck.slides[3]?.title,
    ]);
  });

  it('applies options: currency, locale, slides and per-kind settings', async () => {
    const result = await buildDeck(fixture, {
      slides: ['pareto'],
      currency: 'JPY',
      locale: 'de-DE',
      slideOptions: { pareto: { cut: 0.5, period: 'FY2025' } },
    });
    expect(result.model.deck.currency).toBe('JPY');
    const [pareto] = result.deck.slides;
    // FY2025: 500,000 of 930,000 is 53.8% ≥ 50%: one account is the vital few.
    expect(pareto?.title).toBe('Revenue concentration (Pareto)');
    expect(pareto?.notes).toContain('FY2025');
    expect(pareto?.notes).toMatch(/930\.000\s?¥/);
    expect(pareto?.notes).toContain('The vital few (1)');
  });
});

describe('deterministic output', () => {
  it('gives byte-identical decks for the same input, even with another deck built in between', async () => {
    const first = await buildDeck(SAMPLE, { slides });
    const other = await buildDeck(fixture, { slides });
    const second = await buildDeck(SAMPLE, { slides });
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    expect(Buffer.from(other.bytes).equals(Buffer.from(first.bytes))).toBe(false);
  });

  it("stamps the deck, its embedded workbooks and its zip entries with the deck's As-of date", async () => {
    const asOf = new Date(Date.UTC(2025, 2, 31));
    const input = await writeXlsx(
      join(dir.path, 'march.xlsx'),
      withCell(foundationSheets(), 'Deck', 7, 1, asOf),
    );
    const { bytes } = await buildDeck(input, { slides });
    expect(await coreDates(bytes)).toEqual(['2025-03-31T00:00:00Z', '2025-03-31T00:00:00Z']);
    const zip = await JSZip.loadAsync(bytes);
    const workbooks = zip.file(/^ppt\/embeddings\/.*\.xlsx$/);
    expect(workbooks.length).toBeGreaterThan(0);
    for (const workbook of workbooks) {
      expect(await coreDates(await workbook.async('uint8array'))).toEqual([
        '2025-03-31T00:00:00Z',
        '2025-03-31T00:00:00Z',
      ]);
    }
    for (const entry of Object.values(zip.files)) expect(entry.date).toEqual(asOf);
  });

  it('builds a deck whose As-of date precedes zip dates (1980), stamped 1980-01-01', async () => {
    const input = await writeXlsx(
      join(dir.path, 'old.xlsx'),
      withCell(foundationSheets(), 'Deck', 7, 1, '1975-06-30'),
    );
    const { bytes, model } = await buildDeck(input, { slides: ['title'] });
    expect(model.deck.asOf).toEqual(new Date(Date.UTC(1975, 5, 30)));
    expect(await coreDates(bytes)).toEqual(['1980-01-01T00:00:00Z', '1980-01-01T00:00:00Z']);
  });
});

describe('buildDeckToFile', () => {
  it('creates missing folders, writes through a temporary file and returns the absolute path', async () => {
    const target = join(dir.path, 'new', 'nested', 'deck.pptx');
    const result = await buildDeckToFile(fixture, target, { slides });
    expect(result.path).toBe(resolve(target));
    const written = await readFile(target);
    expect(written.equals(Buffer.from(result.bytes))).toBe(true);
    expect(await readdir(join(dir.path, 'new', 'nested'))).toEqual(['deck.pptx']);
  });

  it('never overwrites the input file, however it is spelled', async () => {
    const before = await readFile(fixture);
    const spelled = join(dir.path, '.', 'new', '..', 'fixture.xlsx');
    const error = await rejection(buildDeckToFile(fixture, spelled, { slides }));
    expect(error.code).toBe('OUTPUT_UNWRITABLE');
    expect(error.message).toContain('refusing to overwrite the input file');
    expect((await readFile(fixture)).equals(before)).toBe(true);
  });

  it('never overwrites a table file of an input folder', async () => {
    const folder = await writeCsvFolder(join(dir.path, 'csv-input'), foundationSheets());
    const accounts = join(folder, 'Accounts.csv');
    const before = await readFile(accounts);
    const error = await rejection(buildDeckToFile(folder, accounts, { slides }));
    expect(error.message).toContain('Accounts.csv of the input folder');
    expect((await readFile(accounts)).equals(before)).toBe(true);
    // A deck inside the input folder is fine: it is not a table kamdeck would read.
    await buildDeckToFile(folder, join(folder, 'deck.pptx'), { slides: ['title'] });
  });

  it('reports an unwritable target clearly and leaves no partial file', async () => {
    const blocker = join(dir.path, 'a-file');
    await writeFile(blocker, 'not a folder');
    const error = await rejection(
      buildDeckToFile(fixture, join(blocker, 'deck.pptx'), { slides: ['title'] }),
    );
    expect(error.code).toBe('OUTPUT_UNWRITABLE');
    expect(error.message).toMatch(/^cannot write .*deck\.pptx \(E[A-Z]+\); check that the folder/);
    const folder = join(dir.path, 'a-folder.pptx');
    await writeCsvFolder(folder, []);
    const intoFolder = await rejection(buildDeckToFile(fixture, folder, { slides: ['title'] }));
    expect(intoFolder.code).toBe('OUTPUT_UNWRITABLE');
    expect((await stat(folder)).isDirectory()).toBe(true);
    expect((await readdir(dir.path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
