/**
 * A font for the contact sheet's slide numbers. @napi-rs/canvas draws no text at all, silently,
 * when the family it is asked for has no font file, so a known file is registered under a name of
 * our own; failing that, any family the canvas found in the system font folders is used.
 */
import { existsSync } from 'node:fs';
import { GlobalFonts } from '@napi-rs/canvas';

const LABEL_FAMILY = 'kamdeck-label';

/** Bold sans-serif fonts, most likely first: Debian's fonts-liberation2 and DejaVu, macOS, Windows. */
const CANDIDATE_FONT_FILES = [
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf',
  '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
  'C:\\Windows\\Fonts\\arialbd.ttf',
];

/**
 * The family to draw labels with, or undefined when no font can be found (text would not show).
 * `fontFile` takes precedence over the candidates.
 */
export function labelFontFamily(fontFile?: string): string | undefined {
  const files = fontFile === undefined ? CANDIDATE_FONT_FILES : [fontFile];
  if (fontFile === undefined && GlobalFonts.has(LABEL_FAMILY)) return LABEL_FAMILY;
  for (const file of files) {
    if (existsSync(file) && GlobalFonts.registerFromPath(file, LABEL_FAMILY) !== null)
      return LABEL_FAMILY;
  }
  if (fontFile !== undefined) return undefined;
  const families = GlobalFonts.families.map((entry) => entry.family);
  return families.find((family) => /sans/i.test(family)) ?? families[0];
}
