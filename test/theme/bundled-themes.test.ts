/**
 * The bundled themes: at least a light, a dark and a high-contrast one, each building the sample
 * deck into a clean package; the dark theme's sample logo sits on the content slides' layout.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/index.js';
import { checkPackage } from '../../src/render/pptx/check-package.js';
import { relativeLuminance } from '../../src/theme/contrast.js';
import { listBundledThemes, loadTheme } from '../../src/theme/load-theme.js';

const SAMPLE = 'sample-data/kam-sample.xlsx';

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (file === null) throw new Error(`${name} is not in the deck`);
  return file.async('string');
}

describe('bundled themes', () => {
  it('include corporate (light), midnight (dark) and high-contrast', async () => {
    expect(await listBundledThemes()).toEqual(
      expect.arrayContaining(['corporate', 'midnight', 'high-contrast']),
    );
    const background = async (name: string) =>
      relativeLuminance((await loadTheme(name)).colors.light1);
    expect(await background('corporate')).toBeGreaterThan(0.9);
    expect(await background('midnight')).toBeLessThan(0.05);
    for (const name of await listBundledThemes())
      expect((await loadTheme(name)).description, name).not.toBe('');
  });

  it.each(['corporate', 'midnight', 'high-contrast'])(
    'build the whole sample deck in %s into a clean package',
    async (theme) => {
      const { bytes, deck } = await buildDeck(SAMPLE, { theme });
      expect(deck.slides.length).toBeGreaterThan(10);
      expect(deck.master.background).toBe((await loadTheme(theme)).colors.light1);
      expect(await checkPackage(bytes)).toEqual([]);
    },
  );

  it('midnight puts its sample logo on the layout every content slide uses', async () => {
    const { bytes, deck } = await buildDeck(SAMPLE, {
      theme: 'midnight',
      slides: ['title', 'pareto'],
    });
    expect(deck.master.logo).toBeDefined();
    const zip = await JSZip.loadAsync(bytes);
    const layouts = Object.keys(zip.files).filter((name) =>
      /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name),
    );
    const contentLayouts: string[] = [];
    for (const name of layouts)
      if ((await text(zip, name)).includes('name="KAMDECK_CONTENT"')) contentLayouts.push(name);
    const [layout] = contentLayouts;
    if (layout === undefined) throw new Error('no content layout');
    expect(await text(zip, layout)).toMatch(/<p:pic>.*<a:blip r:embed="rId\d+"/s);
    const rels = await text(zip, layout.replace('slideLayouts/', 'slideLayouts/_rels/') + '.rels');
    const media = /Target="\.\.\/media\/([^"]+\.png)"/.exec(rels)?.[1];
    const logo = await readFile('themes/assets/kamdeck-logo.png');
    expect(Buffer.from((await zip.file(`ppt/media/${media}`)?.async('uint8array')) ?? [])).toEqual(
      logo,
    );
    // The Pareto slide (2nd) sits on that layout; the title slide does not.
    const layoutName = layout.split('/').pop();
    expect(await text(zip, 'ppt/slides/_rels/slide2.xml.rels')).toContain(
      `slideLayouts/${layoutName}`,
    );
    expect(await text(zip, 'ppt/slides/_rels/slide1.xml.rels')).not.toContain(
      `slideLayouts/${layoutName}`,
    );
  });
});
