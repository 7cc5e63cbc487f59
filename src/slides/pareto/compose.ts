/**
 * The Pareto slide: bars of revenue per account (left axis), the cumulative share as a line on a
 * secondary 0–100% axis with the cut as a dashed reference line; key figures beside the chart.
 */
import { boundedList, listLimit } from '../../compose/bounded-list.js';
import { chartDefaults } from '../../compose/charts.js';
import { bodyStyle, contentSlide } from '../../compose/chrome.js';
import { moneyNumberFormat } from '../../compose/format.js';
import { bodyBox, splitColumns, TYPE } from '../../compose/layout.js';
import type { ChartElement, SlideElement, SlideSpec, TextRun } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { ParetoResult } from './analyse.js';
import { barLabels, groupedBar, shortenedNames } from './labels.js';

/** A bar is highlighted when it is a single account of the vital few (never the grouped bar). */
function isVital(result: ParetoResult, barIndex: number): boolean {
  return barIndex < result.vitalFew.count && result.bars[barIndex]?.accounts === 1;
}

function paretoChart(
  result: ParetoResult,
  ctx: ComposeContext,
  area: ChartElement['box'],
): ChartElement {
  const { theme, format, text } = ctx;
  const labels = barLabels(result, ctx);
  const maxValue = Math.max(0, ...result.bars.map((bar) => bar.value));
  const names = {
    vital: text.render('pareto', 'seriesVital', { period: result.period }),
    rest: text.render('pareto', 'seriesRest', { period: result.period }),
    cumulative: text.render('pareto', 'seriesCumulative', {}),
    cut: text.render('pareto', 'seriesCut', { cut: result.cut }),
  };
  return {
    type: 'chart',
    box: area,
    chart: {
      ...chartDefaults(theme, text.render('pareto', 'altText', result)),
      categoryAxis: {
        labelRotateDeg: labels.length > 8 ? -45 : 0,
        labelFontSizePt: TYPE.chartPt - 1,
      },
      layers: [
        {
          type: 'bar',
          barDirection: 'col',
          gapWidthPct: 40,
          // Two stacked series so the vital few stand out; each bar has its value in one of them.
          grouping: 'stacked',
          series: [
            {
              name: names.vital,
              labels,
              values: result.bars.map((bar, index) => (isVital(result, index) ? bar.value : 0)),
              color: theme.colors.accent1,
            },
            {
              name: names.rest,
              labels,
              values: result.bars.map((bar, index) => (isVital(result, index) ? 0 : bar.value)),
              color: theme.colors.accent5,
            },
          ],
        },
        {
          type: 'line',
          secondaryAxis: true,
          lineWidthPt: 2.25,
          showMarkers: labels.length <= 30,
          series: [
            {
              name: names.cumulative,
              labels,
              values: result.bars.map((bar) => bar.cumulativeShare),
              color: theme.colors.accent2,
            },
          ],
        },
        {
          type: 'line',
          secondaryAxis: true,
          lineWidthPt: 1.25,
          lineDash: 'dash',
          showMarkers: false,
          series: [
            {
              name: names.cut,
              labels,
              values: labels.map(() => result.cut),
              color: theme.neutrals.muted,
            },
          ],
        },
      ],
      valueAxis: {
        min: 0,
        numberFormat: moneyNumberFormat(format.locale, format.currency, maxValue),
        gridlines: true,
      },
      secondaryValueAxis: { min: 0, max: 1, numberFormat: '0%', gridlines: false },
    },
  };
}

function keyFigures(
  result: ParetoResult,
  ctx: ComposeContext,
  area: ChartElement['box'],
): SlideElement {
  const { theme, text } = ctx;
  const top = result.rows[0];
  const tailCount = result.accountCount - result.vitalFew.count;
  const data = {
    ...result,
    top,
    topShare: top?.share ?? 0,
    tailCount,
    tailShare: result.total === 0 ? 0 : 1 - result.vitalFew.revenueShare,
  };
  const figure = (value: string, label: string): TextRun[] => [
    {
      text: value,
      bold: true,
      sizePt: TYPE.kpiValuePt - 6,
      color: theme.colors.dark2,
      breakLine: true,
    },
    { text: label, sizePt: TYPE.smallPt + 1, color: theme.neutrals.muted, breakLine: true },
    { text: ' ', sizePt: TYPE.smallPt, breakLine: true },
  ];
  const runs = [
    ...figure(
      text.render('pareto', 'figureTotalValue', data),
      text.render('pareto', 'figureTotalLabel', data),
    ),
    ...figure(
      text.render('pareto', 'figureVitalValue', data),
      text.render('pareto', 'figureVitalLabel', data),
    ),
    ...(top
      ? figure(
          text.render('pareto', 'figureTopValue', data),
          text.render('pareto', 'figureTopLabel', data),
        )
      : []),
    ...(tailCount > 0 && result.vitalFew.count > 0
      ? figure(
          text.render('pareto', 'figureTailValue', data),
          text.render('pareto', 'figureTailLabel', data),
        )
      : []),
  ];
  return {
    type: 'text',
    box: area,
    text: runs,
    style: bodyStyle(theme, { fill: theme.neutrals.surface, insetIn: 0.15, shrinkToFit: true }),
  };
}

export function composePareto(result: ParetoResult, ctx: ComposeContext): SlideSpec[] {
  const limit = listLimit(ctx);
  const data = {
    ...result,
    source: ctx.source,
    grouped: groupedBar(result, ctx, limit),
    shortened: shortenedNames(result, ctx),
    vital: boundedList(result.rows.slice(0, result.vitalFew.count), limit),
  };
  const [chartArea, figuresArea] = splitColumns(bodyBox(), [3.1, 1]);
  if (chartArea === undefined || figuresArea === undefined) return [];
  return [
    contentSlide({
      kind: 'pareto',
      title: ctx.text.render('pareto', 'title', data),
      headline: ctx.text.render('pareto', 'headline', data),
      notes: ctx.text.render('pareto', 'notes', data),
      theme: ctx.theme,
      elements: [paretoChart(result, ctx, chartArea), keyFigures(result, ctx, figuresArea)],
    }),
  ];
}
