/**
 * The font chart images are drawn with: Arimo (SIL Open Font License), metric-compatible with
 * Arial, shipped as TTF files by the @expo-google-fonts/arimo npm package. It is registered under a
 * name no system installs, so every machine draws the same glyphs; @napi-rs/canvas would otherwise
 * fall back to whatever is installed, and with no font at all it draws no text, silently.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

export const CHART_FONT_FAMILY = 'kamdeck-chart-sans';

const FACES = [
  '400Regular/Arimo_400Regular.ttf',
  '700Bold/Arimo_700Bold.ttf',
  '400Regular_Italic/Arimo_400Regular_Italic.ttf',
  '700Bold_Italic/Arimo_700Bold_Italic.ttf',
];

/** Registers the font files once per process and returns the family name to draw with. */
export function chartFontFamily(): string {
  if (GlobalFonts.has(CHART_FONT_FAMILY)) return CHART_FONT_FAMILY;
  const packageJson = createRequire(import.meta.url).resolve(
    '@expo-google-fonts/arimo/package.json',
  );
  for (const face of FACES) {
    const file = join(dirname(packageJson), face);
    if (GlobalFonts.registerFromPath(file, CHART_FONT_FAMILY) === null)
      throw new Error(`the chart font ${file} cannot be registered`);
  }
  return CHART_FONT_FAMILY;
}
