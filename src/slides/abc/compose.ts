/**
 * ABC slides: (1) quantity vs value per tier — share of accounts against share of revenue — with
 * the tier table over the periods and the migration summary; (2) the tier-A accounts and movers.
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
import { truncateToWidth } from '../../compose/text-fit.js';
import type { ResolvedTheme } from '../../theme/load-theme.js';
import type { ComposeContext } from '../slide-module.js';
import { TIERS, type AbcPeriod, type AbcResult, type Tier, type TierMove } from './analyse.js';

/** The tier table shows at most this many periods (the latest); the notes list all. */
const MAX_TABLE_PERIODS = 4;
/** Rows of tier-A accounts on the second slide before "+ n more". */
const MAX_TIER_A_ROWS = 14;
const ROW_H_IN = 0.3;
/** Tier table rows hold two lines (count, revenue share). */
const TIER_ROW_H_IN = 0.5;

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

function headerCell(text: string, align: TableCell['align'] = 'center'): TableCell {
  return { text, bold: true, align };
}

function tableStyle(theme: ResolvedTheme): TableElement['style'] {
  return {
    font: 'body',
    sizePt: TYPE.tablePt,
    color: theme.colors.dark1,
    headerFill: theme.colors.dark2,
    headerColor: theme.colors.light1,
    borderColor: theme.neutrals.grid,
    rowHeightIn: ROW_H_IN,
  };
}

function tierTable(result: AbcResult, ctx: ComposeContext, area: Box): TableElement {
  const { theme, text } = ctx;
  const periods = result.periods.slice(-MAX_TABLE_PERIODS);
  const colors = tierColors(theme);
  const tierW = 0.75;
  const periodW = (area.wIn - tierW) / Math.max(1, periods.length);
  const header = [
    headerCell(text.render('abc', 'tableTier', {}), 'left'),
    ...periods.map((period) => headerCell(period.period)),
  ];
  const rows = TIERS.map((tier, index) => [
    {
      text: tier,
      bold: true,
      fill: colors[tier],
      color: tier === 'C' ? theme.colors.dark1 : theme.colors.light1,
      align: 'center' as const,
    },
    ...periods.map((period) => {
      const summary = period.summary[index];
      return {
        text: text.render('abc', 'tableCell', {
          accounts: summary?.accounts ?? 0,
          revenueShare: summary?.revenueShare ?? 0,
          revenue: summary?.revenue ?? 0,
        }),
        align: 'center' as const,
      };
    }),
  ]);
  return {
    type: 'table',
    box: { ...area, hIn: TIER_ROW_H_IN * (rows.length + 1) },
    columnWidthsIn: [tierW, ...periods.map(() => periodW)],
    rows: [header, ...rows],
    style: { ...tableStyle(theme), rowHeightIn: TIER_ROW_H_IN },
  };
}

function moveList(moves: TierMove[], limit: number): string {
  const names = moves.slice(0, limit).map((move) => `${move.name} (${move.from}→${move.to})`);
  const rest = moves.length - names.length;
  return rest > 0 ? `${names.join(', ')} and ${rest} more` : names.join(', ');
}

function migrationText(result: AbcResult, ctx: ComposeContext, area: Box): SlideElement {
  const migration = result.migration;
  const data =
    migration === undefined
      ? { hasMigration: false }
      : {
          hasMigration: true,
          ...migration,
          upCount: migration.upgrades.length,
          downCount: migration.downgrades.length,
          upList: moveList(migration.upgrades, 4),
          downList: moveList(migration.downgrades, 4),
        };
  return {
    type: 'text',
    box: area,
    text: ctx.text.render('abc', 'migration', data),
    style: bodyStyle(ctx.theme, {
      sizePt: TYPE.bodyPt,
      fill: ctx.theme.neutrals.surface,
      insetIn: 0.15,
      shrinkToFit: true,
    }),
  };
}

function tierASlide(result: AbcResult, ctx: ComposeContext): SlideSpec | undefined {
  const last = result.periods.at(-1);
  const first = result.periods[0];
  if (last === undefined || first === undefined) return undefined;
  const { theme, format, text } = ctx;
  const tierA = last.ranked.filter((item) => last.tiers[item.id] === 'A');
  const shown = tierA.slice(0, MAX_TIER_A_ROWS);
  const area = bodyBox();
  const widths = [0.6, 5.2, 1.9, 1.4, 1.6, 1.52];
  const nameW = widths[1] ?? 5;
  const header = [
    '#',
    text.render('abc', 'colAccount', {}),
    text.render('abc', 'colRevenue', { period: last.period }),
    text.render('abc', 'colShare', {}),
    text.render('abc', 'colCumulative', {}),
    text.render('abc', 'colFirstTier', { period: first.period }),
  ].map((label, index) => headerCell(label, index === 1 ? 'left' : 'center'));
  const rows = shown.map((item) => {
    const before = first.tiers[item.id] ?? 'C';
    return [
      { text: String(item.rank), align: 'center' as const },
      { text: truncateToWidth(item.name, nameW - 0.15, TYPE.tablePt), align: 'left' as const },
      { text: format.money(item.value), align: 'right' as const },
      { text: format.percent(item.share, 1), align: 'right' as const },
      { text: format.percent(item.cumulativeShare, 1), align: 'right' as const },
      {
        text: before === 'A' ? 'A' : `${before} ▲`,
        align: 'center' as const,
        ...(before === 'A' ? {} : { color: theme.status.good, bold: true }),
      },
    ];
  });
  const data = {
    period: last.period,
    firstPeriod: first.period,
    count: tierA.length,
    shownCount: shown.length,
    more: tierA.length - shown.length,
    revenueShare: last.summary[0]?.revenueShare ?? 0,
    source: ctx.source,
    accounts: tierA.map((item) => ({ ...item, firstTier: first.tiers[item.id] ?? 'C' })),
  };
  const tableH = ROW_H_IN * (rows.length + 1);
  const elements: SlideElement[] = [
    {
      type: 'table',
      box: { ...area, hIn: tableH },
      columnWidthsIn: widths,
      rows: [header, ...rows],
      style: tableStyle(theme),
    },
  ];
  if (data.more > 0) {
    elements.push({
      type: 'text',
      box: { ...area, yIn: area.yIn + tableH + 0.1, hIn: 0.35 },
      text: text.render('abc', 'moreAccounts', data),
      style: bodyStyle(theme, { sizePt: TYPE.smallPt, color: theme.neutrals.muted }),
    });
  }
  return contentSlide({
    kind: 'abc',
    title: text.render('abc', 'tierATitle', data),
    headline: text.render('abc', 'tierAHeadline', data),
    notes: text.render('abc', 'tierANotes', data),
    theme,
    elements,
  });
}

export function composeAbc(result: AbcResult, ctx: ComposeContext): SlideSpec[] {
  const last = result.periods.at(-1);
  if (last === undefined) return [];
  const [chartArea, sideArea] = splitColumns(bodyBox(), [1.15, 1]);
  if (chartArea === undefined || sideArea === undefined) return [];
  const [tableArea, migrationArea] = takeTop(
    sideArea,
    TIER_ROW_H_IN * (TIERS.length + 1),
    LAYOUT.gapIn,
  );
  const tierA = last.summary[0];
  const data = {
    ...result,
    period: last.period,
    tierA,
    thresholdA: result.thresholds.a,
    thresholdB: result.thresholds.b,
    periodCount: result.periods.length,
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
      migrationText(result, ctx, migrationArea),
    ],
  });
  const tierA2 = tierASlide(result, ctx);
  return tierA2 === undefined ? [overview] : [overview, tierA2];
}
