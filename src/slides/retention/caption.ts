/** A one-line caption over a chart or table, so each half of a slide says what it shows. */
import { bodyStyle } from '../../compose/chrome.js';
import { takeTop, TYPE } from '../../compose/layout.js';
import type { Box, TextElement } from '../../compose/spec.js';
import { truncateToWidth } from '../../compose/text-fit.js';
import type { ResolvedTheme } from '../../theme/load-theme.js';

const CAPTION_H_IN = 0.3;
const CAPTION_PT = TYPE.smallPt + 1;

/** The caption and the area left under it. */
export function withCaption(area: Box, text: string, theme: ResolvedTheme): [TextElement, Box] {
  const [top, rest] = takeTop(area, CAPTION_H_IN, 0.05);
  const caption: TextElement = {
    type: 'text',
    box: top,
    text: truncateToWidth(text, top.wIn - 0.2, CAPTION_PT, true),
    // No inset, so the caption lines up with the chart or table edge under it.
    style: bodyStyle(theme, {
      insetIn: 0,
      sizePt: CAPTION_PT,
      bold: true,
      color: theme.colors.dark2,
      valign: 'bottom',
    }),
  };
  return [caption, rest];
}
