/**
 * `kamdeck preview` with the real LibreOffice: two previews at once (each with its own office
 * profile) both succeed, and the contact sheet shows every slide with its number drawn.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { cellOrigin, contactSheetLayout, SHEET } from '../../src/render/preview/contact-sheet.js';
import { decodePng, luminanceVariance } from '../../src/render/preview/pixels.js';
import { readManifest, SAMPLE } from './helpers/manifest.js';

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function cli(...argv: string[]): Promise<Run> {
  const run: Run = { code: -1, out: [], err: [] };
  run.code = await runCli(argv, {
    out: (line) => run.out.push(line),
    err: (line) => run.err.push(line),
  });
  return run;
}

const manifest = await readManifest();
const builtDeck = manifest.combinations.find((combination) => combination.built);
let dir: string;
let built: Run[];
let rendered: Run;
const folders = { first: '', second: '', deck: '' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kamdeck-render-preview-'));
  folders.first = join(dir, 'first');
  folders.second = join(dir, 'second');
  folders.deck = join(dir, 'deck');
  const deck = builtDeck;
  if (deck === undefined) throw new Error('no deck was built');
  const slides = ['--slides', 'title,agenda,pareto'];
  [rendered, ...built] = await Promise.all([
    cli('preview', deck.pptx, '-o', folders.deck),
    cli('preview', SAMPLE, ...slides, '-o', folders.first, '--dpi', '40'),
    cli('preview', SAMPLE, ...slides, '-o', folders.second, '--dpi', '40'),
  ]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kamdeck preview', () => {
  it('builds and renders two decks at the same time', async () => {
    for (const [index, run] of built.entries()) {
      expect(run.err.filter((line) => !line.startsWith('warning:'))).toEqual([]);
      expect(run.code, run.err.join('\n')).toBe(0);
      const folder = index === 0 ? folders.first : folders.second;
      expect((await readdir(folder)).sort()).toEqual([
        'contact-sheet.png',
        'deck.pdf',
        'slide-01.png',
        'slide-02.png',
        'slide-03.png',
      ]);
    }
  });

  it('renders an existing .pptx: one image per slide', async () => {
    expect(rendered.code, rendered.err.join('\n')).toBe(0);
    const slides = JSON.parse(await readFile(builtDeck?.spec ?? '', 'utf8')) as {
      slides: unknown[];
    };
    const images = (await readdir(folders.deck)).filter((file) => file.startsWith('slide-'));
    expect(images).toHaveLength(slides.slides.length);
    expect(rendered.out.join('\n')).toContain(`Wrote ${slides.slides.length} slide images`);
  });

  it('draws every slide and its number on the contact sheet', async () => {
    const sheet = await decodePng(await readFile(join(folders.first, 'contact-sheet.png')));
    const page = await decodePng(await readFile(join(folders.first, 'slide-01.png')));
    const layout = contactSheetLayout(3, page.height / page.width);
    expect([sheet.width, sheet.height]).toEqual([layout.width, layout.height]);
    for (let index = 0; index < 3; index++) {
      const { x, y } = cellOrigin(layout, index);
      const label = { x, y, w: 40, h: SHEET.labelHeight };
      const thumb = { x, y: y + SHEET.labelHeight, w: layout.thumb.w, h: layout.thumb.h };
      expect(luminanceVariance(sheet, label), `number of slide ${index + 1}`).toBeGreaterThan(50);
      expect(luminanceVariance(sheet, thumb), `thumbnail ${index + 1}`).toBeGreaterThan(50);
    }
  });
});
