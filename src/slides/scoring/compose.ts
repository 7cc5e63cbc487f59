/**
 * The scoring slides: the growth × harmony portfolio (bubble chart and the numbered top accounts),
 * the ranked priority list, then the weighted tables that show how every score was computed.
 */
import { contentSlide } from '../../compose/chrome.js';
import { bodyBox, splitColumns } from '../../compose/layout.js';
import type { SlideSpec } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { ScoringResult } from './analyse.js';
import { panelElements } from './compose-panel.js';
import { portfolioElements } from './compose-portfolio.js';
import { composePriority } from './compose-priority.js';
import { composeTables } from './compose-tables.js';
import { scoringTextData } from './text-data.js';

/** Chart against side panel: the chart gets the room, the panel fits a name and a score. */
const PORTFOLIO_COLUMNS = [2.1, 1];

function composePortfolio(result: ScoringResult, ctx: ComposeContext): SlideSpec | undefined {
  const [chartArea, panelArea] = splitColumns(bodyBox(), PORTFOLIO_COLUMNS);
  if (chartArea === undefined || panelArea === undefined) return undefined;
  const data = scoringTextData(result, ctx);
  return contentSlide({
    kind: 'scoring',
    title: ctx.text.render('scoring', 'title', data),
    headline: ctx.text.render('scoring', 'headline', data),
    notes: ctx.text.render('scoring', 'notes', data),
    theme: ctx.theme,
    elements: [
      ...portfolioElements(result, ctx, chartArea),
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
