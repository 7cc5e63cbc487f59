/**
 * A theme of one's own, from a temporary folder: it extends a bundled theme, overrides the first
 * accent and the fonts, and the deck built with it uses them in its chart, its theme part and its
 * text; a low-contrast override comes back as a warning from the pipeline.
 */
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/index.js';
import { makeTempDir, type TempDir } from '../load/helpers.js';
import { chartOfSlide, seriesOf } from '../render/pptx-xml.js';

const SAMPLE = 'sample-data/kam-sample.xlsx';
const BRAND_ACCENT = 'C0117A';

let dir: TempDir;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await dir.remove();
});

async function part(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (file === null) throw new Error(`${name} is not in the deck`);
  return file.async('string');
}

describe('a custom theme that extends corporate', () => {
  it('colours the chart with its accent and sets its fonts in the theme part and the text', async () => {
    const path = await dir.file(
      'brand.json',
      JSON.stringify({
        $schema: './theme.schema.json',
        name: 'brand',
        extends: 'corporate',
        colors: { accent1: `#${BRAND_ACCENT.toLowerCase()}` },
        fonts: { heading: 'Georgia', body: 'Verdana' },
      }),
    );
    const { bytes, deck, diagnostics } = await buildDeck(SAMPLE, {
      slides: ['abc'],
      theme: join(path),
    });
    expect(diagnostics.filter((d) => d.message.includes('contrast'))).toEqual([]);
    const zip = await JSZip.loadAsync(bytes);
    // The ABC chart's revenue series is accent1; the account series keeps corporate's accent5.
    const chart = await chartOfSlide(zip, 1);
    expect(seriesOf(chart)).toHaveLength(2);
    const fills = [...chart.matchAll(/<c:ser>.*?<a:srgbClr val="([0-9A-F]{6})"/gs)].map(
      (m) => m[1],
    );
    expect(fills).toEqual(['8AA9C6', BRAND_ACCENT]);
    const theme = await part(zip, 'ppt/theme/theme1.xml');
    expect(/<a:accent1><a:srgbClr val="([0-9A-F]{6})"/.exec(theme)?.[1]).toBe(BRAND_ACCENT);
    expect(/<a:dk2><a:srgbClr val="([0-9A-F]{6})"/.exec(theme)?.[1]).toBe('12355B');
    expect(/<a:clrScheme name="([^"]*)"/.exec(theme)?.[1]).toBe('brand');
    expect(/<a:majorFont><a:latin typeface="([^"]*)"/.exec(theme)?.[1]).toBe('Georgia');
    expect(/<a:minorFont><a:latin typeface="([^"]*)"/.exec(theme)?.[1]).toBe('Verdana');
    expect(deck.fonts).toEqual({ heading: 'Georgia', body: 'Verdana' });
    const slide = await part(zip, 'ppt/slides/slide1.xml');
    expect(slide).toContain('typeface="Georgia"');
    expect(slide).toContain('typeface="Verdana"');
  });

  it('builds with a warning, located at the theme file, when an override loses contrast', async () => {
    const path = await dir.file(
      'pale.json',
      JSON.stringify({ name: 'pale', extends: 'corporate', neutrals: { muted: '#999999' } }),
    );
    const { diagnostics } = await buildDeck(SAMPLE, { slides: ['title'], theme: path });
    const contrast = diagnostics.filter((d) => d.message.includes('WCAG AA'));
    expect(contrast.length).toBeGreaterThan(0);
    expect(contrast.every((d) => d.severity === 'warning' && d.location?.file === path)).toBe(true);
    expect(contrast[0]?.message).toContain('neutrals.muted #999999');
  });
});
