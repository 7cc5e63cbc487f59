/** The legend under the grid: a tile per status and the whitespace definition. */
import { bodyStyle } from '../../compose/chrome.js';
import { TYPE } from '../../compose/layout.js';
import type { Box, SlideElement } from '../../compose/spec.js';
import { textWidthIn, truncateToWidth } from '../../compose/text-fit.js';
import { OFFERING_STATUSES } from '../../model/divisions.js';
import type { ComposeContext } from '../slide-module.js';
import { statusFill } from './colors.js';

const LEGEND_PT = TYPE.smallPt - 1;
const SWATCH_W_IN = 0.28;
const SWATCH_H_IN = 0.16;
const SWATCH_GAP_IN = 0.06;
const ITEM_GAP_IN = 0.24;
const INSET_IN = 0.04;

export function legend(area: Box, ctx: ComposeContext): SlideElement[] {
  const { theme, text } = ctx;
  const elements: SlideElement[] = [];
  const style = bodyStyle(theme, { sizePt: LEGEND_PT, valign: 'middle', insetIn: INSET_IN });
  let x = area.xIn;
  for (const status of OFFERING_STATUSES) {
    elements.push({
      type: 'shape',
      shape: 'rect',
      box: {
        xIn: x,
        yIn: area.yIn + (area.hIn - SWATCH_H_IN) / 2,
        wIn: SWATCH_W_IN,
        hIn: SWATCH_H_IN,
      },
      fill: statusFill(status, theme),
      ...(status === 'None' ? { line: { color: theme.neutrals.grid, widthPt: 0.75 } } : {}),
    });
    x += SWATCH_W_IN + SWATCH_GAP_IN;
    const name = text.render('division-map', `legend${status}`, {});
    const wIn = textWidthIn(name, LEGEND_PT) + 2 * INSET_IN + 0.08;
    elements.push({
      type: 'text',
      box: { xIn: x, yIn: area.yIn, wIn, hIn: area.hIn },
      text: name,
      style,
    });
    x += wIn + ITEM_GAP_IN;
  }
  const noteW = area.xIn + area.wIn - x;
  const note = truncateToWidth(
    text.render('division-map', 'legendWhitespace', {}),
    noteW - 2 * INSET_IN - 0.08,
    LEGEND_PT,
  );
  if (noteW > 0.5)
    elements.push({
      type: 'text',
      box: { xIn: x, yIn: area.yIn, wIn: noteW, hIn: area.hIn },
      text: note,
      style: { ...style, color: theme.neutrals.muted, italic: true },
    });
  return elements;
}
