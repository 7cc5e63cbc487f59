/**
 * The row of KPI tiles: MRR with its change (▲/▼ in the theme's good/bad colours), upsell
 * opportunity, MRR at risk and average satisfaction. Each tile is one filled text box: a label,
 * the value, and a line of context.
 */
import { bodyStyle } from '../../compose/chrome.js';
import { splitColumns, TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, TextRun } from '../../compose/spec.js';
import type { ComposeContext } from '../slide-module.js';
import type { DashboardResult } from './analyse.js';
import type { DashboardText } from './text-data.js';

/** Space between tiles: tighter than the column gap, they read as one row. */
const TILE_GAP_IN = 0.2;
const TILE_VALUE_PT = TYPE.kpiValuePt - 4;

interface Tile {
  label: string;
  value: string;
  detail: string;
  detailColor: string;
}

function tileElement(tile: Tile, area: Box, ctx: ComposeContext): SlideElement {
  const { theme } = ctx;
  const runs: TextRun[] = [
    { text: tile.label, sizePt: TYPE.kpiLabelPt, color: theme.neutrals.muted, breakLine: true },
    {
      text: tile.value,
      sizePt: TILE_VALUE_PT,
      bold: true,
      color: theme.colors.dark2,
      breakLine: true,
    },
    { text: tile.detail, sizePt: TYPE.smallPt, color: tile.detailColor },
  ];
  return {
    type: 'text',
    box: area,
    text: runs,
    style: bodyStyle(theme, {
      fill: theme.neutrals.surface,
      insetIn: 0.12,
      valign: 'middle',
      shrinkToFit: true,
    }),
  };
}

/** Up is good for MRR; no change is neutral. */
function changeColor(result: DashboardResult, ctx: ComposeContext): string {
  const change = result.history.change;
  const { status, neutrals } = ctx.theme;
  if (change === undefined || change.absolute === 0) return neutrals.muted;
  return change.absolute > 0 ? status.good : status.bad;
}

export function composeTiles(
  result: DashboardResult,
  data: DashboardText,
  ctx: ComposeContext,
  area: Box,
): SlideElement[] {
  const { text, theme } = ctx;
  const render = (part: string) => text.render('dashboard', part, data);
  const tiles: Tile[] = [
    {
      label: render('tileMrrLabel'),
      value: render('tileMrrValue'),
      detail: render('tileMrrDetail'),
      detailColor: changeColor(result, ctx),
    },
    {
      label: render('tileUpsellLabel'),
      value: render('tileUpsellValue'),
      detail: render('tileUpsellDetail'),
      detailColor: theme.neutrals.muted,
    },
    {
      label: render('tileRiskLabel'),
      value: render('tileRiskValue'),
      detail: render('tileRiskDetail'),
      detailColor: result.endangered.accounts.length > 0 ? theme.status.bad : theme.status.good,
    },
    {
      label: render('tileSatisfactionLabel'),
      value: render('tileSatisfactionValue'),
      detail: render('tileSatisfactionDetail'),
      detailColor: theme.neutrals.muted,
    },
  ];
  const boxes = splitColumns(
    area,
    tiles.map(() => 1),
    TILE_GAP_IN,
  );
  return tiles.flatMap((tile, index) => {
    const tileBox = boxes[index];
    return tileBox === undefined ? [] : [tileElement(tile, tileBox, ctx)];
  });
}
