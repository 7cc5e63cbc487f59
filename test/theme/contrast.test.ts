/**
 * WCAG contrast: ratios against values worked out by hand, the AA thresholds for body and large
 * text, and the warnings a theme's pairs give (the bundled themes give none).
 */
import { describe, expect, it } from 'vitest';
import {
  checkThemeContrast,
  contrastRatio,
  relativeLuminance,
  themeContrastPairs,
} from '../../src/theme/contrast.js';
import { listBundledThemes, loadTheme } from '../../src/theme/load-theme.js';
import type { Theme } from '../../src/theme/theme-schema.js';

describe('relative luminance and contrast ratio', () => {
  // #777777: 0x77/255 = 0.4667 → ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845;
  // on white: (1 + 0.05) / (0.1845 + 0.05) = 4.48, just under AA's 4.5.
  it.each([
    ['FFFFFF', 1],
    ['000000', 0],
    ['777777', 0.1845],
    ['FF0000', 0.2126],
  ])('luminance of #%s is %f', (hex, expected) => {
    expect(relativeLuminance(hex)).toBeCloseTo(expected, 4);
  });

  it.each([
    ['777777', 'FFFFFF', 4.48],
    ['767676', 'FFFFFF', 4.54],
    ['000000', 'FFFFFF', 21],
    ['FFFFFF', 'FFFFFF', 1],
    // 0x94 → 0.2961: (1.05) / (0.3461) = 3.03, enough for large text only.
    ['949494', 'FFFFFF', 3.03],
  ])('#%s on #%s is %f:1, whichever is the text', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
  });
});

async function corporateWith(change: (theme: Theme) => Theme): Promise<Theme> {
  return change(await loadTheme('corporate'));
}

describe('checkThemeContrast', () => {
  it('warns about muted text at 4.48:1 on white, naming the pair, the ratio and the rule', async () => {
    const theme = await corporateWith((t) => ({
      ...t,
      neutrals: { ...t.neutrals, muted: '777777' },
    }));
    const warnings = checkThemeContrast(theme, 'brand.json');
    const muted = warnings.filter((w) =>
      w.message.includes('neutrals.muted #777777 on colors.light1'),
    );
    expect(muted).toHaveLength(1);
    expect(muted[0]).toMatchObject({ severity: 'warning', location: { file: 'brand.json' } });
    expect(muted[0]?.message).toContain('4.48:1');
    expect(muted[0]?.message).toContain('under the 4.5:1 WCAG AA asks for body text');
  });

  it('holds titles to the large-text 3:1 and table headers to the body-text 4.5:1', async () => {
    // dark2 #949494 on white: 3.03:1. Titles (26 pt bold) pass; white header text on it fails.
    const theme = await corporateWith((t) => ({ ...t, colors: { ...t.colors, dark2: '949494' } }));
    const messages = checkThemeContrast(theme).map((w) => w.message);
    expect(messages.some((m) => m.includes('slide titles'))).toBe(false);
    expect(messages.filter((m) => m.includes('table headers'))).toHaveLength(1);
    expect(messages.find((m) => m.includes('table headers'))).toContain('3.03:1');
  });

  it('checks the cover and the status colours used as text', async () => {
    const theme = await corporateWith((t) => ({
      ...t,
      titleSlide: { ...t.titleSlide, text: '2A4B70' },
      status: { ...t.status, warning: 'F2B84B' },
    }));
    const messages = checkThemeContrast(theme).map((w) => w.message);
    expect(messages.some((m) => m.includes('cover text'))).toBe(true);
    expect(messages.some((m) => m.includes('"warning" status text'))).toBe(true);
    expect(messages).toHaveLength(2);
  });

  it('finds nothing to say about the bundled themes', async () => {
    for (const name of await listBundledThemes()) {
      expect(checkThemeContrast(await loadTheme(name)), name).toEqual([]);
    }
  });

  it('the high-contrast theme reaches AAA (7:1) on every pair the slides use', async () => {
    for (const pair of themeContrastPairs(await loadTheme('high-contrast'))) {
      const ratio = contrastRatio(pair.text.color, pair.background.color);
      expect(ratio, pair.use).toBeGreaterThanOrEqual(7);
    }
  });
});
