/**
 * WCAG 2 contrast for the text/background pairs the slides use. A theme whose pairs fall under
 * level AA (4.5:1 for body text, 3:1 for large text: 18 pt, or 14 pt bold) still builds, with a
 * warning per pair, since brand colours are not always ours to change.
 */
import { warningAt, type Diagnostic } from '../errors.js';
import { contrastRatio } from '../compose/colors.js';
import type { Theme } from './theme-schema.js';

export { contrastRatio, relativeLuminance } from '../compose/colors.js';

export const AA_BODY = 4.5;
export const AA_LARGE = 3;

export interface ContrastPair {
  /** What the pair is used for, as a user would recognise it. */
  use: string;
  text: { slot: string; color: string };
  background: { slot: string; color: string };
  minimum: typeof AA_BODY | typeof AA_LARGE;
}

/** The pairs slide builders and the master actually draw. */
export function themeContrastPairs(theme: Theme): ContrastPair[] {
  const { colors, neutrals, status, titleSlide } = theme;
  const on = (slot: string, color: string) => ({ slot, color });
  const background = on('colors.light1', colors.light1);
  const surface = on('neutrals.surface', neutrals.surface);
  const coverBackground = on('titleSlide.background', titleSlide.background);
  const pair = (
    use: string,
    text: ContrastPair['text'],
    back: ContrastPair['background'],
    minimum: ContrastPair['minimum'] = AA_BODY,
  ): ContrastPair => ({ use, text, background: back, minimum });
  return [
    pair('body text', on('colors.dark1', colors.dark1), background),
    pair('slide titles and key figures', on('colors.dark2', colors.dark2), background, AA_LARGE),
    pair('headlines, captions and footer', on('neutrals.muted', neutrals.muted), background),
    pair('text on panels', on('colors.dark1', colors.dark1), surface),
    pair('captions on panels', on('neutrals.muted', neutrals.muted), surface),
    pair('table headers', on('colors.light1', colors.light1), on('colors.dark2', colors.dark2)),
    pair('cover text', on('titleSlide.text', titleSlide.text), coverBackground),
    pair(
      'cover accents (section numbers)',
      on('titleSlide.accent', titleSlide.accent),
      coverBackground,
      AA_LARGE,
    ),
    pair('"good" status text', on('status.good', status.good), background),
    pair('"warning" status text', on('status.warning', status.warning), background),
    pair('"bad" status text', on('status.bad', status.bad), background),
  ];
}

/** The ratio as printed: two decimals, never rounded up to the minimum it misses. */
function shownRatio(ratio: number, minimum: number): string {
  const rounded = Math.round(ratio * 100) / 100;
  return (rounded >= minimum ? Math.floor(ratio * 100) / 100 : rounded).toFixed(2);
}

/** One warning per pair under WCAG AA; `file` is the theme file, for the message's location. */
export function checkThemeContrast(theme: Theme, file?: string): Diagnostic[] {
  return themeContrastPairs(theme)
    .map((pair) => ({ pair, ratio: contrastRatio(pair.text.color, pair.background.color) }))
    .filter(({ pair, ratio }) => ratio < pair.minimum)
    .map(({ pair, ratio }) => {
      const size = pair.minimum === AA_BODY ? 'body text' : 'large text';
      return warningAt(
        file === undefined ? undefined : { file },
        `theme "${theme.name}": the contrast of ${pair.use} is ${shownRatio(ratio, pair.minimum)}:1 ` +
          `(${pair.text.slot} #${pair.text.color} on ${pair.background.slot} #${pair.background.color}), ` +
          `under the ${pair.minimum}:1 WCAG AA asks for ${size}`,
      );
    });
}
