import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBatch, type BatchManifest } from '../../src/batch/run-batch.js';
import { checkPackage } from '../../src/render/pptx/check-package.js';

const SAMPLE = 'sample-data/kam-sample.xlsx';
const run = promisify(execFile);

const made: string[] = [];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kamdeck-batch-'));
  made.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('buildBatch', () => {
  it('writes one clean deck per division plus a portfolio deck and a manifest', async () => {
    const outDir = join(await tempDir(), 'decks');
    const { manifest } = await buildBatch(SAMPLE, {
      by: 'division',
      outDir,
      jobs: 1,
      withPortfolio: true,
      slides: ['title', 'pareto'],
    });
    expect(manifest.entries.map((entry) => entry.group)).toEqual([
      'Portfolio (all accounts)',
      'Life Sciences',
      'Payer Solutions',
      'Provider Cloud',
    ]);
    expect(manifest.entries.every((entry) => entry.status === 'ok')).toBe(true);
    expect(manifest.entries.map((entry) => entry.accounts)).toEqual([40, 10, 10, 20]);
    const files = (await readdir(outDir)).sort();
    expect(files).toEqual([
      'Life Sciences.pptx',
      'Payer Solutions.pptx',
      'Portfolio (all accounts).pptx',
      'Provider Cloud.pptx',
      'manifest.json',
    ]);
    for (const file of files.filter((name) => name.endsWith('.pptx'))) {
      expect(await checkPackage(await readFile(join(outDir, file)))).toEqual([]);
    }
    const written = JSON.parse(
      await readFile(join(outDir, 'manifest.json'), 'utf8'),
    ) as BatchManifest;
    expect(written.entries).toHaveLength(4);
    expect(written.failed).toBe(0);
  });

  it('records a failing deck with its reason and still writes the others', async () => {
    const dir = await tempDir();
    // A template whose title text breaks for one division only (a strict-mode missing variable).
    const template = join(dir, 'broken');
    await mkdir(join(template, 'text', 'en'), { recursive: true });
    await writeFile(
      join(template, 'template.json'),
      JSON.stringify({ name: 'broken', extends: 'quarterly-review', slides: [{ kind: 'title' }] }),
    );
    await writeFile(
      join(template, 'text', 'en', 'title.hbs'),
      '--- title\n{{#if (eq deck.scope.value "Payer Solutions")}}{{noSuchValue}}{{/if}}{{deck.title}}\n--- subtitle\n{{deck.scope.value}}\n--- meta\nx\n--- notes\nx\n',
    );
    const outDir = join(dir, 'out');
    const { manifest } = await buildBatch(SAMPLE, { by: 'division', outDir, jobs: 1, template });
    const failed = manifest.entries.filter((entry) => entry.status === 'failed');
    expect(failed.map((entry) => entry.group)).toEqual(['Payer Solutions']);
    expect(failed[0]?.reason).toContain('noSuchValue');
    expect(manifest.failed).toBe(1);
    expect(existsSync(join(outDir, 'Payer Solutions.pptx'))).toBe(false);
    expect(existsSync(join(outDir, 'Life Sciences.pptx'))).toBe(true);
    expect((await readdir(outDir)).some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  it('stops scheduling when aborted and says so', async () => {
    const controller = new AbortController();
    const outDir = join(await tempDir(), 'out');
    const promise = buildBatch(SAMPLE, {
      by: 'account',
      outDir,
      jobs: 1,
      slides: ['title'],
      signal: controller.signal,
      onProgress: (event) => {
        if (event.type === 'deck-done' && event.done === 2) controller.abort();
      },
    });
    await expect(promise).rejects.toMatchObject({ code: 'INTERRUPTED' });
    const files = await readdir(outDir);
    expect(files.filter((name) => name.endsWith('.pptx'))).toHaveLength(2);
    expect(files.some((name) => name.endsWith('.tmp'))).toBe(false);
  });
});

describe('kamdeck batch (built CLI, worker threads)', () => {
  it('builds decks with --jobs 2 and exits 0', async () => {
    const outDir = join(await tempDir(), 'decks');
    const { stdout } = await run(
      'node',
      [
        'dist/cli/bin.js',
        'batch',
        SAMPLE,
        '--by',
        'region',
        '-o',
        outDir,
        '--jobs',
        '2',
        '--slides',
        'title,pareto',
      ],
      { env: { ...process.env, CI: 'true' } },
    );
    expect(stdout).toContain('3 of 3 decks written');
    expect(stdout).toMatch(/✓ EMEA → EMEA\.pptx \(2 slides/);
    const manifest = JSON.parse(
      await readFile(join(outDir, 'manifest.json'), 'utf8'),
    ) as BatchManifest;
    expect(manifest.jobs).toBe(2);
    expect(manifest.entries.map((entry) => entry.group)).toEqual(['APAC', 'EMEA', 'North America']);
  });
});
