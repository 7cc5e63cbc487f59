/**
 * Theme logos: PNG and JPEG files or data URIs, checked by their bytes and measured; SVG refused
 * with a message saying why; `"logo": null` drops an inherited logo; the master keeps the logo's
 * proportions and moves the footer text out of its way.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeMaster, titleBoxBesideLogo } from '../../src/compose/compose-deck.js';
import { titleBox } from '../../src/compose/layout.js';
import { readLogo } from '../../src/theme/logo.js';
import { loadTheme } from '../../src/theme/load-theme.js';
import { expectKamdeckError, makeTempDir, type TempDir } from '../load/helpers.js';
import { JPEG_1X1_BASE64, PNG_1X1_BASE64 } from '../render/pptx/fixtures/decks.js';
import { singlePeriod } from '../helpers/model.js';

const SAMPLE_LOGO = 'themes/assets/kamdeck-logo.png';
const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

const deckInfo = () => singlePeriod([100]).deck;

let dir: TempDir;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await dir.remove();
});

describe('readLogo', () => {
  it('reads a PNG file as a data URI with its pixel size', async () => {
    const logo = await readLogo(SAMPLE_LOGO, 'midnight.json');
    expect(logo.dataUri.startsWith('data:image/png;base64,')).toBe(true);
    expect([logo.widthPx, logo.heightPx]).toEqual([600, 150]);
    const bytes = await readFile(SAMPLE_LOGO);
    expect(logo.dataUri).toBe(`data:image/png;base64,${bytes.toString('base64')}`);
  });

  it('measures a JPEG from its frame header, whatever the file is called', async () => {
    const path = await dir.file('logo.png', Buffer.from(JPEG_1X1_BASE64, 'base64'));
    const logo = await readLogo(path, 'brand.json');
    expect(logo.dataUri.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect([logo.widthPx, logo.heightPx]).toEqual([1, 1]);
  });

  it('accepts a PNG data URI', async () => {
    const logo = await readLogo(`data:image/png;base64,${PNG_1X1_BASE64}`, 'brand.json');
    expect([logo.widthPx, logo.heightPx]).toEqual([1, 1]);
  });

  it('refuses SVG files and SVG data URIs, saying why and what to do', async () => {
    const svg = await dir.file('logo.svg', SVG);
    const fromFile = await expectKamdeckError(readLogo(svg, 'brand.json'), 'THEME_INVALID', svg);
    expect(fromFile.message).toMatch(/SVG.*repair.*PNG/);
    const uri = `data:image/svg+xml;base64,${Buffer.from(SVG).toString('base64')}`;
    const fromUri = await expectKamdeckError(
      readLogo(uri, 'brand.json'),
      'THEME_INVALID',
      'brand.json',
    );
    expect(fromUri.message).toMatch(/SVG.*PNG/);
  });

  it('refuses a file that is no image, a missing file and a malformed data URI', async () => {
    const text = await dir.file('logo.jpg', 'not an image');
    await expectKamdeckError(readLogo(text, 'brand.json'), 'THEME_INVALID', text);
    await expectKamdeckError(
      readLogo(join(dir.path, 'none.png'), 'b.json'),
      'THEME_INVALID',
      'none.png',
    );
    await expectKamdeckError(
      readLogo('data:image/png,abc', 'brand.json'),
      'THEME_INVALID',
      'brand.json',
    );
  });
});

describe('logos in themes and on the master', () => {
  it('resolves a logo path relative to the theme file, and a data URI as is', async () => {
    await dir.file('assets-logo.png', await readFile(SAMPLE_LOGO));
    const byPath = await dir.file(
      'by-path.json',
      JSON.stringify({ name: 'p', extends: 'corporate', logo: { path: 'assets-logo.png' } }),
    );
    expect((await loadTheme(byPath)).logoSizePx).toEqual({ w: 600, h: 150 });
    const byUri = await dir.file(
      'by-uri.json',
      JSON.stringify({
        name: 'u',
        extends: 'corporate',
        logo: { path: `data:image/png;base64,${PNG_1X1_BASE64}` },
      }),
    );
    expect((await loadTheme(byUri)).logoData).toBe(`data:image/png;base64,${PNG_1X1_BASE64}`);
  });

  it('drops an inherited logo with "logo": null', async () => {
    const path = await dir.file(
      'no-logo.json',
      JSON.stringify({ name: 'n', extends: 'midnight', logo: null }),
    );
    const theme = await loadTheme(path);
    expect(theme.logo).toBeUndefined();
    expect(composeMaster(deckInfo(), theme).logo).toBeUndefined();
  });

  it('keeps the logo proportions and keeps the title clear of a top-right logo', async () => {
    const theme = await loadTheme('midnight');
    const logo = composeMaster(deckInfo(), theme).logo;
    // 600 × 150 px at most 1.3 in wide and 0.45 in tall: 1.3 × 0.325 in.
    expect(logo?.box.wIn).toBeCloseTo(1.3, 6);
    expect(logo?.box.hIn).toBeCloseTo(0.325, 6);
    const title = titleBoxBesideLogo(theme);
    expect(title.xIn + title.wIn).toBeLessThan(logo?.box.xIn ?? 0);
    expect(titleBoxBesideLogo(await loadTheme('corporate'))).toEqual(titleBox());
  });

  it.each(['bottom-left', 'bottom-right'] as const)(
    'moves the footer text out of the way of a %s logo',
    async (position) => {
      const path = await dir.file(
        `${position}.json`,
        JSON.stringify({ name: position, extends: 'midnight', logo: { position } }),
      );
      const master = composeMaster(deckInfo(), await loadTheme(path));
      const logo = master.logo?.box;
      const footer = master.footer.box;
      if (logo === undefined) throw new Error('no logo');
      const overlaps = footer.xIn < logo.xIn + logo.wIn && logo.xIn < footer.xIn + footer.wIn;
      expect(overlaps).toBe(false);
      expect(logo.hIn).toBeLessThanOrEqual(0.32 + 1e-9);
    },
  );
});
