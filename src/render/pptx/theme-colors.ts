/**
 * The brand colours in the deck's theme part. pptxgenjs 4.0.1 writes the theme fonts it is given
 * (`pptx.theme`) but always the default Office colour scheme (`makeXmlTheme`), so a user who adds
 * a slide, a shape or a chart in PowerPoint would get Office blue and orange. This replaces the
 * `a:clrScheme` of every theme part with the deck theme's twelve colours, named after it.
 */
import { COLOR_SLOTS, type ColorSlot } from '../../theme/theme-schema.js';
import { decodeText, encodeText, escapeXml, type Parts } from './opc.js';

export interface ColorScheme {
  name: string;
  colors: Record<ColorSlot, string>;
}

/** DrawingML's element for each slot; the schema requires this order (CT_ColorScheme). */
const SCHEME_ELEMENT: Record<ColorSlot, string> = {
  dark1: 'dk1',
  light1: 'lt1',
  dark2: 'dk2',
  light2: 'lt2',
  accent1: 'accent1',
  accent2: 'accent2',
  accent3: 'accent3',
  accent4: 'accent4',
  accent5: 'accent5',
  accent6: 'accent6',
  hyperlink: 'hlink',
  followedHyperlink: 'folHlink',
};

const THEME_PART = /^ppt\/theme\/theme\d+\.xml$/;
const COLOR_SCHEME = /<a:clrScheme\b[^>]*>[\s\S]*?<\/a:clrScheme>/;
const THEME_NAME = /(<a:theme\b[^>]*?\sname=")[^"]*(")/;

function schemeXml(scheme: ColorScheme): string {
  const slots = COLOR_SLOTS.map((slot) => {
    const element = SCHEME_ELEMENT[slot];
    const color = scheme.colors[slot].replace('#', '').toUpperCase();
    if (!/^[0-9A-F]{6}$/.test(color))
      throw new Error(`colour ${slot} must be 6 hex digits, got "${scheme.colors[slot]}"`);
    return `<a:${element}><a:srgbClr val="${color}"/></a:${element}>`;
  });
  return `<a:clrScheme name="${escapeXml(scheme.name)}">${slots.join('')}</a:clrScheme>`;
}

/** One theme part's XML with the scheme's colours; the theme is named after the scheme too. */
export function withColorScheme(themeXml: string, scheme: ColorScheme): string {
  const name = escapeXml(scheme.name);
  return themeXml
    .replace(COLOR_SCHEME, () => schemeXml(scheme))
    .replace(THEME_NAME, (_whole, before: string, after: string) => `${before}${name}${after}`);
}

/** Writes the colour scheme into every theme part of the package (slide and notes masters). */
export function applyColorScheme(parts: Parts, scheme: ColorScheme): void {
  for (const [name, bytes] of parts) {
    if (!THEME_PART.test(name)) continue;
    const before = decodeText(bytes);
    const after = withColorScheme(before, scheme);
    if (after !== before) parts.set(name, encodeText(after));
  }
}
