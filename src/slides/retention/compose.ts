/**
 * The retention slides: (1) the MRR bridge of the report window as a waterfall with the retention
 * KPIs beside it; (2) the GRR / NRR / logo-retention trend per period and the accounts that
 * churned or contracted (compose-trend.ts).
 */
import { contentSlide } from '../../compose/chrome.js';
import { bodyBox, splitColumns } from '../../compose/layout.js';
import type { SlideSpec } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { RetentionResult } from './analyse.js';
import { withCaption } from './caption.js';
import { composeTrendSlide } from './compose-trend.js';
import { kpiPanel } from './kpi-panel.js';
import { bridgeData } from './text-data.js';
import { waterfallAxisMin, waterfallChart, waterfallSteps } from './waterfall.js';

function composeBridgeSlide(result: RetentionResult, ctx: ComposeContext): SlideSpec | undefined {
  const [chartArea, kpiArea] = splitColumns(bodyBox(), [2.2, 1]);
  if (chartArea === undefined || kpiArea === undefined) return undefined;
  const [caption, plotArea] = withCaption(
    chartArea,
    ctx.text.render('retention', 'bridgeCaption', result.window),
    ctx.theme,
  );
  const axisMin = waterfallAxisMin(waterfallSteps(result.window, ctx));
  const data = {
    ...bridgeData(result.window),
    source: ctx.source,
    axisMin,
    axisCut: axisMin > 0,
    periodCount: result.periods.length,
  };
  return contentSlide({
    kind: 'retention',
    title: ctx.text.render('retention', 'bridgeTitle', data),
    headline: ctx.text.render('retention', 'bridgeHeadline', data),
    notes: ctx.text.render('retention', 'bridgeNotes', data),
    theme: ctx.theme,
    elements: [
      caption,
      waterfallChart(result.window, ctx, plotArea),
      kpiPanel(result, ctx, kpiArea),
    ],
  });
}

export function composeRetention(result: RetentionResult, ctx: ComposeContext): SlideSpec[] {
  const slides = [composeBridgeSlide(result, ctx), composeTrendSlide(result, ctx)];
  return slides.filter((slide): slide is SlideSpec => slide !== undefined);
}
