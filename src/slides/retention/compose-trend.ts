/**
 * The second retention slide: the ratio trend per period (left) and the churned and contracted
 * accounts of the window with the MRR they lost (right, losses-table.ts).
 */
import { boundedMap, listLimit } from '../../compose/bounded-list.js';
import { bodyStyle, contentSlide } from '../../compose/chrome.js';
import { bodyBox, splitColumns } from '../../compose/layout.js';
import type { Box, SlideElement, SlideSpec } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { RetentionResult } from './analyse.js';
import { withCaption } from './caption.js';
import { lossesTable, lost } from './losses-table.js';
import { bridgeData } from './text-data.js';
import { ratedPairs, trendChart } from './trend-chart.js';

function trendArea(result: RetentionResult, ctx: ComposeContext, area: Box): SlideElement[] {
  const pairs = ratedPairs(result.trend);
  const [caption, plotArea] = withCaption(
    area,
    ctx.text.render('retention', 'trendCaption', result.window),
    ctx.theme,
  );
  if (pairs.length > 0) return [caption, trendChart(pairs, ctx, plotArea)];
  const message = ctx.text.render('retention', 'noTrend', {});
  return [
    caption,
    { type: 'text', box: { ...plotArea, hIn: 0.8 }, text: message, style: bodyStyle(ctx.theme) },
  ];
}

export function composeTrendSlide(
  result: RetentionResult,
  ctx: ComposeContext,
): SlideSpec | undefined {
  const [chartArea, tableArea] = splitColumns(bodyBox(), [1, 1.1]);
  if (chartArea === undefined || tableArea === undefined) return undefined;
  const pairs = result.trend.map(bridgeData);
  const churned = result.losses.filter((movement) => movement.kind === 'churn');
  const data = {
    ...bridgeData(result.window),
    source: ctx.source,
    pairs,
    unrated: pairs.filter((pair) => !pair.hasRatios).map((pair) => pair.to),
    losses: boundedMap(
      result.losses,
      (movement) => ({ ...movement, lost: lost(movement), churned: movement.kind === 'churn' }),
      listLimit(ctx),
    ),
    lossCount: result.losses.length,
    churnedCount: churned.length,
    contractedCount: result.losses.length - churned.length,
    top: result.losses[0],
    topLost: result.losses[0] === undefined ? 0 : lost(result.losses[0]),
  };
  return contentSlide({
    kind: 'retention',
    title: ctx.text.render('retention', 'trendTitle', data),
    headline: ctx.text.render('retention', 'trendHeadline', data),
    notes: ctx.text.render('retention', 'trendNotes', data),
    theme: ctx.theme,
    elements: [...trendArea(result, ctx, chartArea), ...lossesTable(result, ctx, tableArea)],
  });
}
