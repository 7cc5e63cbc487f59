/** Accounts per onboarding status: one horizontal bar per status, coloured by what it means. */
import { categoryLabels, chartDefaults } from '../../compose/charts.js';
import { TYPE } from '../../compose/layout.js';
import type { Box, ChartElement } from '../../compose/spec.js';
import type { ResolvedTheme } from '../../theme/load-theme.js';
import type { ComposeContext } from '../slide-module.js';
import type { DashboardResult } from './analyse.js';
import { LABEL_BUDGET_IN, LABEL_HEADROOM, topDown } from './compose-plan-chart.js';
import type { OnboardingStage } from './onboarding.js';
import type { DashboardText } from './text-data.js';

const COUNT_FORMAT = '#,##0';

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

/** One series, each status's bar in the colour of what the status means (data-point colours). */
export function onboardingChart(
  result: DashboardResult,
  data: DashboardText,
  ctx: ComposeContext,
  area: Box,
): ChartElement {
  const { theme, text } = ctx;
  const groups = data.onboarding;
  const labels = topDown(
    categoryLabels(
      groups.map((group) => group.label),
      LABEL_BUDGET_IN,
      TYPE.chartPt,
    ),
  );
  const maxCount = Math.max(0, ...result.onboarding.map((group) => group.accounts));
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
              pointColors: topDown(statusColors(groups, theme)),
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
