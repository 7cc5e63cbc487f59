/**
 * The dashboard's native charts are horizontal bars, so long plan or status names and the value
 * labels never collide. This one: current MRR by plan, each label carrying the plan's change
 * since the previous MRR-sheet period. The onboarding chart is in compose-onboarding-chart.ts.
 */
import { chartDefaults, categoryLabels } from '../../compose/charts.js';
import { moneyNumberFormat } from '../../compose/format.js';
import { TYPE } from '../../compose/layout.js';
import type { Box, ChartElement } from '../../compose/spec.js';
import { textWidthIn } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import type { DashboardResult } from './analyse.js';
import { mrrChange, type MrrChange } from './history.js';
import { changeText, type DashboardText } from './text-data.js';

/** More plans than this are shown as the largest ones and one "Other plans" bar. */
export const MAX_PLAN_BARS = 6;
/** Category label budget (inches) on the left of the bars. */
export const LABEL_BUDGET_IN = 1.5;
/** Room to the right of the longest bar for its value label. */
export const LABEL_HEADROOM = 1.3;

export interface PlanBar {
  label: string;
  mrr: number;
  /** From the MRR sheet; undefined without two periods. */
  change: MrrChange | undefined;
}

function sumChanges(changes: readonly (MrrChange | undefined)[]): MrrChange | undefined {
  const [first] = changes;
  if (first === undefined || changes.some((change) => change === undefined)) return undefined;
  const total = (pick: (change: MrrChange) => number) =>
    changes.reduce((sum, change) => sum + (change === undefined ? 0 : pick(change)), 0);
  return mrrChange(
    first.previousPeriod,
    first.lastPeriod,
    total((change) => change.previous),
    total((change) => change.last),
  );
}

/** The plans as bars; past MAX_PLAN_BARS the smallest by MRR are grouped into one. */
export function planBars(result: DashboardResult, ctx: ComposeContext): PlanBar[] {
  const bars = result.plans.map((plan) => ({
    label: plan.plan ?? ctx.text.render('dashboard', 'noPlan', {}),
    mrr: plan.mrr,
    change: plan.change,
  }));
  if (bars.length <= MAX_PLAN_BARS) return bars;
  const keep = new Set(
    [...bars]
      .sort((a, b) => b.mrr - a.mrr || a.label.localeCompare(b.label, 'en'))
      .slice(0, MAX_PLAN_BARS - 1),
  );
  const rest = bars.filter((bar) => !keep.has(bar));
  return [
    ...bars.filter((bar) => keep.has(bar)),
    {
      label: ctx.text.render('dashboard', 'otherPlans', { count: rest.length }),
      mrr: rest.reduce((total, bar) => total + bar.mrr, 0),
      change: sumChanges(rest.map((bar) => bar.change)),
    },
  ];
}

/** "Premium ▲ 2.1%": the plan name (shortened to fit) and its change since the previous period. */
function planLabels(bars: readonly PlanBar[], ctx: ComposeContext): string[] {
  const suffixes = bars.map((bar) => {
    const change = changeText(bar.change);
    return change === undefined ? '' : ` ${ctx.text.render('dashboard', 'planChange', change)}`;
  });
  const suffixW = Math.max(0, ...suffixes.map((suffix) => textWidthIn(suffix, TYPE.chartPt)));
  const names = categoryLabels(
    bars.map((bar) => bar.label),
    LABEL_BUDGET_IN - suffixW,
    TYPE.chartPt,
  );
  return names.map((name, index) => `${name}${suffixes[index] ?? ''}`);
}

/**
 * Data labels that pick their own unit ($3.4M, $680K, $950): plans differ by orders of magnitude,
 * and one axis-wide unit would print the smallest as "$0.1M". Excel's conditional sections allow
 * exactly two conditions, which is what millions and thousands need. Thousands have no decimals:
 * short labels stay on one line (LibreOffice wraps longer ones in short charts).
 */
export function compactMoneyFormat(locale: string, currency: string): string {
  const unit = (example: number) => moneyNumberFormat(locale, currency, example);
  const thousands = unit(1e4).replace('#,##0.0,', '#,##0,');
  return `[>=1000000]${unit(1e6)};[>=1000]${thousands};${unit(1)}`;
}

/** Horizontal bar charts draw the first category at the bottom: reverse to read top-down. */
export function topDown<T>(values: readonly T[]): T[] {
  return [...values].reverse();
}

export function planChart(
  result: DashboardResult,
  data: DashboardText,
  ctx: ComposeContext,
  area: Box,
): ChartElement {
  const { theme, format, text } = ctx;
  const bars = planBars(result, ctx);
  const maxValue = Math.max(0, ...bars.map((bar) => bar.mrr));
  return {
    type: 'chart',
    box: area,
    chart: {
      ...chartDefaults(theme, text.render('dashboard', 'planAltText', data)),
      layers: [
        {
          type: 'bar',
          barDirection: 'bar',
          gapWidthPct: 45,
          series: [
            {
              name: text.render('dashboard', 'seriesCurrent', { period: data.lastPeriod }),
              labels: topDown(planLabels(bars, ctx)),
              values: topDown(bars.map((bar) => bar.mrr)),
              color: theme.colors.accent1,
            },
          ],
        },
      ],
      legend: 'none',
      valueAxis: {
        min: 0,
        ...(maxValue > 0 ? { max: maxValue * LABEL_HEADROOM } : {}),
        hidden: true,
        gridlines: false,
      },
      dataLabels: {
        numberFormat: compactMoneyFormat(format.locale, format.currency),
        position: 'outEnd',
      },
    },
  };
}
