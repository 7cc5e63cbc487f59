/** Accounts per onboarding status: one horizontal bar per status, coloured by what it means. */
import { categoryLabels, chartDefaults } from '../../compose/charts.js';
import { TYPE } from '../../compose/layout.js';
import type { Box, ChartElement } from '../../compose/spec.js';
import type { ResolvedTheme } from '../../theme/load-theme.js';
import type { ComposeContext } from '../slide-module.js';
import { LABEL_BUDGET_IN, LABEL_HEADROOM, topDown } from './compose-plan-chart.js';
import type { OnboardingStage } from './onboarding.js';
import type { DashboardText } from './text-data.js';

const COUNT_FORMAT = '#,##0';
/** More statuses than this are shown as the largest ones and one "Other statuses" bar. */
export const MAX_STATUS_BARS = 8;

/** `otherIndex` counts the unrecognised statuses, so each gets its own accent. */
export function stageColor(
  stage: OnboardingStage,
  otherIndex: number,
  theme: ResolvedTheme,
): string {
  switch (stage) {
    case 'notStarted':
      return theme.colors.accent5;
    case 'inProgress':
      return theme.colors.accent1;
    case 'stalled':
      return theme.status.warning;
    case 'completed':
      return theme.status.good;
    case 'missing':
      return theme.neutrals.grid;
    case 'other': {
      const others = [theme.colors.accent4, theme.colors.accent3, theme.colors.accent2];
      return others[otherIndex % others.length] ?? theme.colors.accent4;
    }
  }
}

function statusColors(groups: readonly { stage: OnboardingStage }[], theme: ResolvedTheme) {
  let others = 0;
  return groups.map((group) =>
    stageColor(group.stage, group.stage === 'other' ? others++ : 0, theme),
  );
}

interface StatusBar {
  label: string;
  accounts: number;
  color: string;
}

/**
 * The statuses as bars. Statuses are free text, so a workbook can hold any number of them: past
 * MAX_STATUS_BARS the largest keep their bars (in pipeline order) and the rest share one.
 */
export function statusBars(data: DashboardText, ctx: ComposeContext): StatusBar[] {
  const colors = statusColors(data.onboarding, ctx.theme);
  const bars = data.onboarding.map((group, index) => ({
    label: group.label,
    accounts: group.accounts,
    color: colors[index] ?? ctx.theme.colors.accent1,
  }));
  if (bars.length <= MAX_STATUS_BARS) return bars;
  const keep = new Set(
    [...bars].sort((a, b) => b.accounts - a.accounts).slice(0, MAX_STATUS_BARS - 1),
  );
  const rest = bars.filter((bar) => !keep.has(bar));
  return [
    ...bars.filter((bar) => keep.has(bar)),
    {
      label: ctx.text.render('dashboard', 'otherStatuses', { count: rest.length }),
      accounts: rest.reduce((total, bar) => total + bar.accounts, 0),
      color: ctx.theme.neutrals.muted,
    },
  ];
}

/** One series, each status's bar in the colour of what the status means (data-point colours). */
export function onboardingChart(data: DashboardText, ctx: ComposeContext, area: Box): ChartElement {
  const { theme, text } = ctx;
  const groups = statusBars(data, ctx);
  const labels = topDown(
    categoryLabels(
      groups.map((group) => group.label),
      LABEL_BUDGET_IN,
      TYPE.chartPt,
    ),
  );
  const maxCount = Math.max(0, ...groups.map((group) => group.accounts));
  return {
    type: 'chart',
    box: area,
    chart: {
      ...chartDefaults(theme, text.render('dashboard', 'onboardingAltText', data)),
      layers: [
        {
          type: 'bar',
          barDirection: 'bar',
          gapWidthPct: 45,
          series: [
            {
              name: text.render('dashboard', 'seriesAccounts', {}),
              labels,
              values: topDown(groups.map((group) => group.accounts)),
              color: theme.colors.accent1,
              pointColors: topDown(groups.map((group) => group.color)),
            },
          ],
        },
      ],
      legend: 'none',
      valueAxis: {
        min: 0,
        ...(maxCount > 0 ? { max: maxCount * LABEL_HEADROOM } : {}),
        hidden: true,
        gridlines: false,
      },
      dataLabels: { numberFormat: COUNT_FORMAT, position: 'outEnd' },
    },
  };
}
