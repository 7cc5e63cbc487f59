/**
 * The legend under the Gantt: one swatch per status, the overdue outline, the milestone diamond
 * and the today line with its date, laid out left to right with measured label widths.
 */
import { bodyStyle } from '../../compose/chrome.js';
import { TYPE } from '../../compose/layout.js';
import type { Box, ShapeElement, SlideElement } from '../../compose/spec.js';
import { textWidthIn } from '../../compose/text-fit.js';
import { TASK_STATUSES } from '../../model/timeline.js';
import type { ComposeContext } from '../slide-module.js';
import { attentionColor, statusFill, todayColor } from './colors.js';
import { LABEL_INSET_IN } from './fit-lines.js';

export const LEGEND_PT = TYPE.smallPt - 1;
const SWATCH_W_IN = 0.28;
const SWATCH_H_IN = 0.15;
const SWATCH_GAP_IN = 0.06;
const ITEM_GAP_IN = 0.22;

type Swatch = Omit<ShapeElement, 'type' | 'box'> & { wIn?: number; hIn?: number };

const STATUS_PART = {
  Planned: 'legendPlanned',
  'In progress': 'legendInProgress',
  Done: 'legendDone',
  Late: 'legendLate',
} as const;

function items(ctx: ComposeContext, asOf: Date): { swatch: Swatch; label: string }[] {
  const { theme } = ctx;
  const render = (part: string) => ctx.text.render('timeline', part, { asOf });
  const outline = { color: attentionColor(theme), widthPt: 1.75 };
  return [
    ...TASK_STATUSES.map((status) => ({
      swatch: { shape: 'rect' as const, fill: statusFill(status, theme) },
      label: render(STATUS_PART[status]),
    })),
    {
      swatch: { shape: 'rect', fill: theme.colors.light1, line: outline },
      label: render('legendOverdue'),
    },
    {
      swatch: { shape: 'diamond', fill: theme.neutrals.muted, wIn: 0.18, hIn: 0.18 },
      label: render('legendMilestone'),
    },
    {
      swatch: {
        shape: 'line',
        line: { color: todayColor(theme), widthPt: 1.5, dash: 'dash' },
        wIn: 0,
        hIn: 0.22,
      },
      label: render('legendToday'),
    },
  ];
}

export function legend(area: Box, asOf: Date, ctx: ComposeContext): SlideElement[] {
  const elements: SlideElement[] = [];
  let x = area.xIn;
  const middle = area.yIn + area.hIn / 2;
  for (const { swatch, label } of items(ctx, asOf)) {
    const { wIn = SWATCH_W_IN, hIn = SWATCH_H_IN, ...shape } = swatch;
    elements.push({
      type: 'shape',
      ...shape,
      box: { xIn: x + (SWATCH_W_IN - wIn) / 2, yIn: middle - hIn / 2, wIn, hIn },
    });
    x += SWATCH_W_IN + SWATCH_GAP_IN;
    const labelW = textWidthIn(label, LEGEND_PT) + 2 * LABEL_INSET_IN + 0.08;
    elements.push({
      type: 'text',
      box: { xIn: x, yIn: area.yIn, wIn: labelW, hIn: area.hIn },
      text: label,
      style: bodyStyle(ctx.theme, {
        sizePt: LEGEND_PT,
        color: ctx.theme.colors.dark1,
        valign: 'middle',
        insetIn: LABEL_INSET_IN,
      }),
    });
    x += labelW + ITEM_GAP_IN;
  }
  return elements;
}
