/** The contact sheet: a grid of thumbnails with numbers, whose text really is drawn. */
import { describe, expect, it } from 'vitest';
import {
  cellOrigin,
  composeContactSheet,
  contactSheetLayout,
  SHEET,
} from '../../../src/render/preview/contact-sheet.js';
import { labelFontFamily } from '../../../src/render/preview/fonts.js';
import { decodePng, luminanceVariance } from '../../../src/render/preview/pixels.js';
import { pagePng } from './images.js';

describe('contactSheetLayout', () => {
  it('puts four 16:9 thumbnails per row, fewer for a short deck', () => {
    const layout = contactSheetLayout(6, 9 / 16);
    expect(layout).toMatchObject({ columns: 4, rows: 2, thumb: { w: 320, h: 180 } });
    expect(layout.width).toBe(2 * SHEET.margin + 4 * 320 + 3 * SHEET.gap);
    expect(layout.height).toBe(2 * SHEET.margin + 2 * (SHEET.labelHeight + 180) + SHEET.gap);
    expect(contactSheetLayout(2, 9 / 16).columns).toBe(2);
  });

  it('places cell 5 (0-based 4) at the start of the second row', () => {
    const layout = contactSheetLayout(6, 9 / 16);
    expect(cellOrigin(layout, 4)).toEqual({
      x: SHEET.margin,
      y: SHEET.margin + SHEET.labelHeight + 180 + SHEET.gap,
    });
  });
});

describe('composeContactSheet', () => {
  const font = labelFontFamily();

  it('draws each page into its cell', async () => {
    const pages = [await pagePng({ mark: '#D1495B' }), await pagePng({ background: '#12355B' })];
    const { png } = await composeContactSheet(pages, { thumbWidthPx: 160 });
    const sheet = await decodePng(png);
    const layout = contactSheetLayout(2, 90 / 160, { thumbWidthPx: 160 });
    expect([sheet.width, sheet.height]).toEqual([layout.width, layout.height]);
    const thumb = (index: number) => {
      const { x, y } = cellOrigin(layout, index);
      return { x: x + 2, y: y + SHEET.labelHeight + 2, w: 156, h: 86 };
    };
    expect(luminanceVariance(sheet, thumb(0))).toBeGreaterThan(100); // the red mark
    expect(luminanceVariance(sheet, thumb(1))).toBeLessThan(1); // a uniform navy page
  });

  it.skipIf(font === undefined)('draws the slide numbers (a font is registered)', async () => {
    const { png, labelled } = await composeContactSheet([await pagePng(), await pagePng()]);
    expect(labelled).toBe(true);
    const sheet = await decodePng(png);
    const layout = contactSheetLayout(2, 90 / 160);
    for (const index of [0, 1]) {
      const { x, y } = cellOrigin(layout, index);
      expect(luminanceVariance(sheet, { x, y, w: 40, h: SHEET.labelHeight })).toBeGreaterThan(50);
    }
  });

  it('reports no labels when the given font file does not exist', async () => {
    const { labelled } = await composeContactSheet([await pagePng()], {
      fontFile: '/nonexistent/font.ttf',
    });
    expect(labelled).toBe(false);
  });
});
