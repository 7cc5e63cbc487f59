/**
 * The scoring slides: the growth × harmony portfolio (bubble chart and the numbered top accounts),
 * the ranked priority list, then the weighted tables that show how every score was computed.
 */
import { bodyStyle, contentSlide } from '../../compose/chrome.js';
import { bodyBox, splitColumns, TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, SlideSpec } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { ScoringResult } from './analyse.js';
import { panelElements } from './compose-panel.js';
import { portfolioElements } from './compose-portfolio.js';
import { composePriority } from './compose-priority.js';
import { composeTables } from './compose-tables.js';
import { scoringTextData } from './text-data.js';

/** Chart against side panel: the chart gets the room, the panel fits a name and a score. */
const PORTFOLIO_COLUMNS = [2.1, 1];
/** The line under the chart saying which accounts it draws, when it cannot draw them all. */
const PLOTTED_CAPTION_H_IN = 0.26;

/** "Bubbles: the 250 largest of 10,000 accounts…", under the chart: [chart area, caption]. */
function plottedCaption(
  area: Box,
  data: ReturnType<typeof scoringTextData>,
  ctx: ComposeContext,
): [Box, SlideElement[]] {
  if (!data.chart.sampled) return [area, []];
  const chart = { ...area, hIn: area.hIn - PLOTTED_CAPTION_H_IN };
  const caption: SlideElement = {
    type: 'text',
    box: { ...area, yIn: chart.yIn + chart.hIn, hIn: PLOTTED_CAPTION_H_IN },
    text: ctx.text.render('scoring', 'plottedCaption', data),
    style: bodyStyle(ctx.theme, {
      sizePt: TYPE.smallPt - 1,
      color: ctx.theme.neutrals.muted,
      valign: 'bottom',
      insetIn: 0.02,
      shrinkToFit: true,
    }),
  };
  return [chart, [caption]];
}

function composePortfolio(result: ScoringResult, ctx: ComposeContext): SlideSpec | undefined {
  const [area, panelArea] = splitColumns(bodyBox(), PORTFOLIO_COLUMNS);
  if (area === undefined || panelArea === undefined) return undefined;
  const data = scoringTextData(result, ctx);
  const [chartArea, caption] = plottedCaption(area, data, ctx);
  return contentSlide({
    kind: 'scoring',
    title: ctx.text.render('scoring', 'title', data),
    headline: ctx.text.render('scoring', 'headline', data),
    notes: ctx.text.render('scoring', 'notes', data),
    theme: ctx.theme,
    elements: [
      ...portfolioElements(result, ctx, chartArea),
      ...caption,
      ...panelElements(result, data, ctx, panelArea),
    ],
  });
}

export function composeScoring(result: ScoringResult, ctx: ComposeContext): SlideSpec[] {
  if (result.accounts.length === 0) return [];
  const portfolio = composePortfolio(result, ctx);
  return [
    ...(portfolio === undefined ? [] : [portfolio]),
    composePriority(result, ctx),
    ...composeTables(result, ctx),
  ];
}
