/**
 * The retention KPIs beside the bridge: GRR, NRR and logo retention of the window, the movement
 * counts, the latest period's ratios and the largest gains (the losses have their own table on
 * the next slide).
 */
import { bodyStyle } from '../../compose/chrome.js';
import { TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, TextRun } from '../../compose/spec.js';
import { textWidthIn, truncateToWidth } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import type { RetentionResult } from './analyse.js';
import { bridgeData } from './text-data.js';

/** Gains named in the panel. */
export const PANEL_GAINS = 3;
const PANEL_INSET_IN = 0.15;

function figure(ctx: ComposeContext, value: string, label: string): TextRun[] {
  const { theme } = ctx;
  return [
    {
      text: value,
      bold: true,
      sizePt: TYPE.kpiValuePt - 6,
      color: theme.colors.dark2,
      breakLine: true,
    },
    { text: label, sizePt: TYPE.smallPt + 1, color: theme.neutrals.muted, breakLine: true },
    { text: ' ', sizePt: TYPE.smallPt - 2, breakLine: true },
  ];
}

function section(ctx: ComposeContext, title: string, lines: readonly string[]): TextRun[] {
  const { theme } = ctx;
  return [
    { text: ' ', sizePt: TYPE.smallPt - 2, breakLine: true },
    { text: title, bold: true, sizePt: TYPE.smallPt, color: theme.colors.dark2, breakLine: true },
    ...lines.map((line) => ({
      text: line,
      sizePt: TYPE.smallPt,
      color: theme.colors.dark1,
      breakLine: true,
    })),
  ];
}

/** One line per largest gain, the name shortened so that name and amount share one line. */
function gainLines(result: RetentionResult, ctx: ComposeContext, widthIn: number): string[] {
  const { text } = ctx;
  return result.gains.slice(0, PANEL_GAINS).map((movement) => {
    const gain = movement.end - movement.start;
    const amount = text.render('retention', 'kpiGainAmount', {
      gain,
      isNew: movement.kind === 'new',
    });
    const nameW = widthIn - textWidthIn(` ${amount}`, TYPE.smallPt) - 0.1;
    const name = truncateToWidth(movement.name, nameW, TYPE.smallPt);
    return text.render('retention', 'kpiGainLine', { name, amount });
  });
}

export function kpiPanel(result: RetentionResult, ctx: ComposeContext, area: Box): SlideElement {
  const { theme, text } = ctx;
  const data = bridgeData(result.window);
  const render = (part: string, values: object = data) => text.render('retention', part, values);
  const runs: TextRun[] = [
    ...figure(ctx, render('kpiGrrValue'), render('kpiGrrLabel')),
    ...figure(ctx, render('kpiNrrValue'), render('kpiNrrLabel')),
    ...figure(ctx, render('kpiLogoValue'), render('kpiLogoLabel')),
    { text: render('kpiCounts'), sizePt: TYPE.smallPt, color: theme.colors.dark1, breakLine: true },
  ];
  const latest = result.trend.at(-1);
  // With two periods the latest pair is the window itself: nothing new to say.
  if (latest !== undefined && result.trend.length > 1) {
    const latestData = bridgeData(latest);
    runs.push(
      ...section(ctx, render('kpiLatestTitle', latestData), [render('kpiLatest', latestData)]),
    );
  }
  if (result.gains.length > 0) {
    const lines = gainLines(result, ctx, area.wIn - 2 * PANEL_INSET_IN);
    runs.push(...section(ctx, render('kpiGainsTitle', { count: lines.length }), lines));
  }
  return {
    type: 'text',
    box: area,
    text: runs,
    style: bodyStyle(theme, {
      fill: theme.neutrals.surface,
      insetIn: PANEL_INSET_IN,
      shrinkToFit: true,
    }),
  };
}
