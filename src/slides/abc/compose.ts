/**
 * The ABC overview slide: quantity vs value per tier (share of accounts against share of revenue)
 * for the last period, the tier table over the latest periods, and the tier migration matrix from
 * the first to the last period. The second slide (tier A and movers) is in compose-tier-a.ts.
 */
import { chartDefaults } from '../../compose/charts.js';
import { bodyStyle, contentSlide } from '../../compose/chrome.js';
import { bodyBox, LAYOUT, splitColumns, takeTop, TYPE } from '../../compose/layout.js';
import type {
  Box,
  ChartElement,
  SlideElement,
  SlideSpec,
  TableCell,
  TableElement,
} from '../../compose/spec.js';
import { columnWidths, headerCell, tableStyle } from '../../compose/tables.js';
import type { ResolvedTheme } from '../../theme/load-theme.js';
import type { ComposeContext } from '../slide-module.js';
import { TIERS, type AbcPeriod, type AbcResult, type Tier } from './analyse.js';
import { composeTierASlide } from './compose-tier-a.js';

/** The tier table shows at most this many periods (the latest); the notes list all. */
const MAX_TABLE_PERIODS = 4;
/** Tier table rows hold "count · share" at a comfortable height. */
const TIER_ROW_H_IN = 0.42;
const MATRIX_ROW_H_IN = 0.34;

export function tierColors(theme: ResolvedTheme): Record<Tier, string> {
  return { A: theme.colors.accent1, B: theme.colors.accent5, C: theme.neutrals.grid };
}

function quantityValueChart(last: AbcPeriod, ctx: ComposeContext, area: Box): ChartElement {
  const { theme, text } = ctx;
  const labels = TIERS.map((tier) => text.render('abc', 'tierLabel', { tier }));
  return {
    type: 'chart',
    box: area,
    chart: {
      ...chartDefaults(theme, text.render('abc', 'altText', { period: last.period })),
      layers: [
        {
          type: 'bar',
          barDirection: 'col',
          gapWidthPct: 60,
          series: [
            {
              name: text.render('abc', 'seriesAccounts', {}),
              labels,
              values: last.summary.map((tier) => tier.accountShare),
              color: theme.colors.accent5,
            },
            {
              name: text.render('abc', 'seriesRevenue', {}),
              labels,
              values: last.summary.map((tier) => tier.revenueShare),
              color: theme.colors.accent1,
            },
          ],
        },
      ],
      valueAxis: { min: 0, max: 1, numberFormat: '0%', gridlines: true },
      dataLabels: { numberFormat: '0%', position: 'outEnd' },
    },
  };
}

function tierCell(tier: Tier, theme: ResolvedTheme): TableCell {
  const colors = tierColors(theme);
  return {
    text: tier,
    bold: true,
    fill: colors[tier],
    color: tier === 'C' ? theme.colors.dark1 : theme.colors.light1,
    align: 'center',
  };
}

function tierTable(result: AbcResult, ctx: ComposeContext, area: Box): TableElement {
  const { theme, text } = ctx;
  const periods = result.periods.slice(-MAX_TABLE_PERIODS);
  const widths = columnWidths(
    [0.7, ...periods.map(() => (area.wIn - 0.7) / periods.length)],
    area.wIn,
  );
  const header = [
    headerCell(text.render('abc', 'tableTier', {})),
    ...periods.map((period) => headerCell(period.period)),
  ];
  const rows = TIERS.map((tier, index) => [
    tierCell(tier, theme),
    ...periods.map((period): TableCell => {
      const summary = period.summary[index];
      return {
        text: text.render('abc', 'tableCell', {
          accounts: summary?.accounts ?? 0,
          revenueShare: summary?.revenueShare ?? 0,
        }),
        align: 'center',
      };
    }),
  ]);
  return {
    type: 'table',
    box: { ...area, hIn: TIER_ROW_H_IN * (rows.length + 1) },
    columnWidthsIn: widths,
    rows: [header, ...rows],
    style: tableStyle(theme, TIER_ROW_H_IN),
  };
}

/** Rows: tier in the first period; columns: tier in the last period; the diagonal is "stayed". */
function migrationMatrix(result: AbcResult, ctx: ComposeContext, area: Box): SlideElement[] {
  const { theme, text } = ctx;
  const migration = result.migration;
  if (migration === undefined) {
    return [
      {
        type: 'text',
        box: area,
        text: text.render('abc', 'noMovers', {}),
        style: bodyStyle(theme, { sizePt: TYPE.smallPt + 1 }),
      },
    ];
  }
  const widths = columnWidths([1.6, 1, 1, 1], area.wIn);
  const header = [
    headerCell(text.render('abc', 'matrixCorner', migration), 'left'),
    ...TIERS.map((tier) => headerCell(text.render('abc', 'matrixTo', { tier, to: migration.to }))),
  ];
  const rows = TIERS.map((from) => [
    {
      ...headerCell(text.render('abc', 'matrixFrom', { tier: from, from: migration.from }), 'left'),
      fill: theme.neutrals.surface,
    },
    ...TIERS.map((to): TableCell => {
      const count = migration.matrix[from][to];
      const stayed = from === to;
      const up = to < from;
      return {
        text: ctx.format.number(count),
        align: 'center',
        bold: !stayed && count > 0,
        ...(stayed ? { fill: theme.neutrals.surface } : {}),
        ...(!stayed && count > 0 ? { color: up ? theme.status.good : theme.status.bad } : {}),
      };
    }),
  ]);
  const tableH = MATRIX_ROW_H_IN * (rows.length + 1);
  const data = {
    ...migration,
    upCount: migration.upgrades.length,
    downCount: migration.downgrades.length,
  };
  return [
    {
      type: 'table',
      box: { ...area, hIn: tableH },
      columnWidthsIn: widths,
      rows: [header, ...rows],
      style: tableStyle(theme, MATRIX_ROW_H_IN),
    },
    {
      type: 'text',
      box: { ...area, yIn: area.yIn + tableH + 0.08, hIn: Math.max(0.4, area.hIn - tableH - 0.08) },
      text: text.render('abc', 'migration', data),
      style: bodyStyle(theme, { sizePt: TYPE.smallPt, color: theme.neutrals.muted }),
    },
  ];
}

export function composeAbc(result: AbcResult, ctx: ComposeContext): SlideSpec[] {
  const last = result.periods.at(-1);
  if (last === undefined) return [];
  const [chartArea, sideArea] = splitColumns(bodyBox(), [1.15, 1]);
  if (chartArea === undefined || sideArea === undefined) return [];
  const [tableArea, matrixArea] = takeTop(
    sideArea,
    TIER_ROW_H_IN * (TIERS.length + 1),
    LAYOUT.gapIn,
  );
  const data = {
    period: last.period,
    tierA: last.summary[0],
    thresholdA: result.thresholds.a,
    thresholdB: result.thresholds.b,
    source: ctx.source,
    summaries: result.periods.map((period) => ({ period: period.period, summary: period.summary })),
  };
  const overview = contentSlide({
    kind: 'abc',
    title: ctx.text.render('abc', 'title', data),
    headline: ctx.text.render('abc', 'headline', data),
    notes: ctx.text.render('abc', 'notes', data),
    theme: ctx.theme,
    elements: [
      quantityValueChart(last, ctx, chartArea),
      tierTable(result, ctx, tableArea),
      ...migrationMatrix(result, ctx, matrixArea),
    ],
  });
  const tierA = composeTierASlide(result, ctx);
  return tierA === undefined ? [overview] : [overview, tierA];
}
