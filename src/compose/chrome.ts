/**
 * The parts every content slide shares: title, headline and the theme colours they use.
 * Builders call these instead of placing their own title text.
 */
import type { ResolvedTheme } from '../theme/load-theme.js';
import { titleBoxBesideLogo } from './compose-deck.js';
import { headlineBox, TYPE } from './layout.js';
import type { SlideElement, SlideSpec, TextElement, TextStyle } from './spec.js';
import { fitFontSize, truncateToWidth } from './text-fit.js';

/** Series colours in order: the theme's six accents. */
export function seriesColors(theme: ResolvedTheme): string[] {
  const { accent1, accent2, accent3, accent4, accent5, accent6 } = theme.colors;
  return [accent1, accent2, accent3, accent4, accent5, accent6];
}

export function bodyStyle(theme: ResolvedTheme, overrides: Partial<TextStyle> = {}): TextStyle {
  return {
    font: 'body',
    sizePt: TYPE.bodyPt,
    color: theme.colors.dark1,
    valign: 'top',
    ...overrides,
  };
}

export function titleElement(text: string, theme: ResolvedTheme): TextElement {
  const area = titleBoxBesideLogo(theme);
  return {
    type: 'text',
    box: area,
    // 0.2 in of insets plus room for the width estimate's error: a 70-character bold title that
    // the estimate put 0.01 in inside the box still wrapped onto a second line in LibreOffice.
    text: truncateToWidth(text, area.wIn - 0.5, TYPE.titlePt, true),
    style: {
      font: 'heading',
      sizePt: TYPE.titlePt,
      color: theme.colors.dark2,
      bold: true,
      valign: 'bottom',
    },
  };
}

export function headlineElement(text: string, theme: ResolvedTheme): TextElement {
  const area = headlineBox();
  return {
    type: 'text',
    box: area,
    text,
    style: {
      font: 'body',
      sizePt: fitFontSize(text, area.wIn, area.hIn, TYPE.headlinePt, TYPE.smallPt),
      color: theme.neutrals.muted,
      valign: 'top',
    },
  };
}

export function contentSlide(options: {
  kind: string;
  title: string;
  headline: string;
  notes: string;
  theme: ResolvedTheme;
  elements: SlideElement[];
}): SlideSpec {
  const { kind, title, headline, notes, theme, elements } = options;
  return {
    kind,
    master: 'content',
    title,
    notes,
    elements: [titleElement(title, theme), headlineElement(headline, theme), ...elements],
  };
}
