/**
 * previewDeck with a stand-in renderer (no LibreOffice needed): what it renders, the files it
 * writes, stale slide images removed, blank pages reported, and bad inputs refused.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KamdeckError } from '../../src/errors.js';
import { previewDeck } from '../../src/preview.js';
import type { PageRenderer } from '../../src/render/preview/render-preview.js';
import { expectKamdeckError, makeTempDir, type TempDir } from '../load/helpers.js';
import { pagePng } from '../render/preview/images.js';

const SAMPLE = 'sample-data/kam-sample.xlsx';

/** Renders every deck as three pages, the second one blank, and remembers what it was given. */
function fakeRenderer(): PageRenderer & { seen: Uint8Array[]; dpi: number[] } {
  const seen: Uint8Array[] = [];
  const dpi: number[] = [];
  return {
    seen,
    dpi,
    async renderPages(pptx, options) {
      seen.push(pptx);
      dpi.push(options.dpi);
      return {
        pdf: new TextEncoder().encode('%PDF-1.7 stand-in'),
        pages: [
          await pagePng({ mark: '#1F6FB2' }),
          await pagePng(),
          await pagePng({ mark: '#D1495B' }),
        ],
      };
    },
  };
}

let dir: TempDir;
let deck: string;
beforeAll(async () => {
  dir = await makeTempDir();
  deck = await dir.file('deck.pptx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
});
afterAll(async () => {
  await dir.remove();
});

describe('previewDeck', () => {
  it('renders a .pptx as it is and writes slide images, the contact sheet and the PDF', async () => {
    const renderer = fakeRenderer();
    const out = join(dir.path, 'first');
    const result = await previewDeck(deck, out, { renderer, dpi: 50 });
    expect(renderer.seen[0]).toEqual(new Uint8Array(await readFile(deck)));
    expect(renderer.dpi).toEqual([50]);
    expect(result.slides).toBe(3);
    expect((await readdir(out)).sort()).toEqual([
      'contact-sheet.png',
      'deck.pdf',
      'slide-01.png',
      'slide-02.png',
      'slide-03.png',
    ]);
    expect(result.pages).toEqual([1, 2, 3].map((n) => join(out, `slide-0${n}.png`)));
    expect(new TextDecoder().decode(await readFile(result.pdf))).toBe('%PDF-1.7 stand-in');
  });

  it('warns about a page that renders empty', async () => {
    const result = await previewDeck(deck, join(dir.path, 'blank'), { renderer: fakeRenderer() });
    expect(result.diagnostics.map((d) => d.message)).toContain('slide 2 renders as an empty page');
  });

  it('removes slide images left by an earlier, longer preview, and nothing else', async () => {
    const out = join(dir.path, 'stale');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'slide-09.png'), 'old');
    await writeFile(join(out, 'notes.txt'), 'mine');
    await previewDeck(deck, out, { renderer: fakeRenderer() });
    expect((await readdir(out)).sort()).toEqual([
      'contact-sheet.png',
      'deck.pdf',
      'notes.txt',
      'slide-01.png',
      'slide-02.png',
      'slide-03.png',
    ]);
  });

  it('builds the deck first when given a workbook', async () => {
    const renderer = fakeRenderer();
    await previewDeck(SAMPLE, join(dir.path, 'built'), { renderer, slides: ['title'] });
    expect([...(renderer.seen[0] ?? []).slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it("names the user's deck when the renderer fails on its temporary copy", async () => {
    const failing: PageRenderer = {
      renderPages: () =>
        Promise.reject(new KamdeckError('RENDER_FAILED', 'LibreOffice did not convert deck.pptx')),
    };
    const error = await expectKamdeckError(
      previewDeck(deck, join(dir.path, 'failed'), { renderer: failing }),
      'RENDER_FAILED',
      deck,
    );
    expect(error.message).toBe(`cannot render ${deck}: LibreOffice did not convert deck.pptx`);
  });

  it('refuses a missing .pptx and a file that is not one', async () => {
    const renderer = fakeRenderer();
    await expectKamdeckError(
      previewDeck(join(dir.path, 'none.pptx'), dir.path, { renderer }),
      'INPUT_NOT_FOUND',
      'none.pptx',
    );
    const text = await dir.file('text.pptx', 'not a deck');
    await expectKamdeckError(
      previewDeck(text, dir.path, { renderer }),
      'INPUT_UNREADABLE',
      'text.pptx',
    );
    expect(renderer.seen).toEqual([]);
  });
});
