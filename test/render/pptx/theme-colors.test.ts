/**
 * The deck theme's twelve colours in the package's theme parts, where pptxgenjs writes Office's:
 * the scheme on its own, then read back from decks built in each bundled theme.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../../src/index.js';
import { normalisePackage } from '../../../src/render/pptx/normalise-package.js';
import { withColorScheme, type ColorScheme } from '../../../src/render/pptx/theme-colors.js';
import { COLOR_SLOTS } from '../../../src/theme/theme-schema.js';
import { loadTheme } from '../../../src/theme/load-theme.js';
import { buildKeyAccountDeck } from './fixtures/decks.js';

const SCHEME_ORDER = [
  'dk1',
  'lt1',
  'dk2',
  'lt2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hlink',
  'folHlink',
];

const SCHEME: ColorScheme = {
  name: 'Brand & Co',
  colors: Object.fromEntries(
    COLOR_SLOTS.map((slot, index) => [slot, `${String(index).padStart(2, '0')}A0B0`]),
  ) as ColorScheme['colors'],
};

/** The colour scheme of a theme part: its name and each slot's element and srgbClr value. */
function schemeOf(themeXml: string): { name: string; slots: [string, string][] } {
  const scheme = /<a:clrScheme name="([^"]*)">(.*?)<\/a:clrScheme>/s.exec(themeXml);
  if (scheme === null) throw new Error('no colour scheme');
  const slots = [
    ...(scheme[2] ?? '').matchAll(/<a:(\w+)><a:(\w+) val="([^"]*)"[^>]*\/><\/a:\1>/g),
  ].map((m): [string, string] => [
    m[1] ?? '',
    m[2] === 'srgbClr' ? (m[3] ?? '') : `${m[2]}:${m[3]}`,
  ]);
  return { name: scheme[1] ?? '', slots };
}

async function rawThemeXml(): Promise<string> {
  const zip = await JSZip.loadAsync(await buildKeyAccountDeck());
  return (await zip.file('ppt/theme/theme1.xml')?.async('string')) ?? '';
}

describe('withColorScheme', () => {
  it("replaces pptxgenjs's Office scheme with the twelve colours, in schema order", async () => {
    const raw = await rawThemeXml();
    expect(schemeOf(raw).name).toBe('Office');
    const xml = withColorScheme(raw, SCHEME);
    const { name, slots } = schemeOf(xml);
    expect(name).toBe('Brand &amp; Co');
    expect(slots.map(([element]) => element)).toEqual(SCHEME_ORDER);
    expect(slots.map(([, value]) => value)).toEqual(COLOR_SLOTS.map((slot) => SCHEME.colors[slot]));
    expect(xml).toMatch(/<a:theme\b[^>]*name="Brand &amp; Co"/);
    expect(xml).not.toContain('sysClr');
    // Only the colour scheme changes: fonts and formats stay as pptxgenjs wrote them.
    expect(xml.replace(/<a:clrScheme.*?<\/a:clrScheme>/s, '')).toBe(
      raw
        .replace(/<a:clrScheme.*?<\/a:clrScheme>/s, '')
        .replace('name="Office Theme"', 'name="Brand &amp; Co"'),
    );
  });

  it('refuses a colour that is not 6 hex digits', async () => {
    const bad = { ...SCHEME, colors: { ...SCHEME.colors, accent3: 'blue' } };
    expect(() => withColorScheme(`<a:clrScheme name="x"></a:clrScheme>`, bad)).toThrow(/accent3/);
  });

  it('normalising twice gives the same bytes', async () => {
    const options = { timestamp: new Date(Date.UTC(2026, 8, 30)), colorScheme: SCHEME };
    const once = await normalisePackage(await buildKeyAccountDeck(), options);
    expect(await normalisePackage(once, options)).toEqual(once);
  });
});

describe('theme parts of built decks', () => {
  it.each(['corporate', 'midnight', 'high-contrast'])(
    'carry the %s theme colours in every theme part (slide and notes masters)',
    async (name) => {
      const theme = await loadTheme(name);
      const { bytes } = await buildDeck('sample-data/kam-sample.xlsx', {
        theme: name,
        slides: ['title', 'pareto'],
      });
      const zip = await JSZip.loadAsync(bytes);
      const parts = Object.keys(zip.files).filter((part) =>
        /^ppt\/theme\/theme\d+\.xml$/.test(part),
      );
      expect(parts.length).toBeGreaterThanOrEqual(2);
      for (const part of parts) {
        const { name: schemeName, slots } = schemeOf((await zip.file(part)?.async('string')) ?? '');
        expect(schemeName, part).toBe(name);
        expect(Object.fromEntries(slots)).toEqual({
          dk1: theme.colors.dark1,
          lt1: theme.colors.light1,
          dk2: theme.colors.dark2,
          lt2: theme.colors.light2,
          accent1: theme.colors.accent1,
          accent2: theme.colors.accent2,
          accent3: theme.colors.accent3,
          accent4: theme.colors.accent4,
          accent5: theme.colors.accent5,
          accent6: theme.colors.accent6,
          hlink: theme.colors.hyperlink,
          folHlink: theme.colors.followedHyperlink,
        });
      }
    },
  );
});
