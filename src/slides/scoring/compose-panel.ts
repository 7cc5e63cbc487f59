/**
 * The portfolio slide's side panel: the numbered top accounts (the numbers on the chart), then
 * each quadrant's count and revenue share, then how to read the chart (bubbles, lines, score).
 */
import { bodyStyle } from '../../compose/chrome.js';
import { takeTop, TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, TableCell, TextRun } from '../../compose/spec.js';
import { columnWidths, headerCell, tableStyle } from '../../compose/tables.js';
import { truncateToWidth } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import type { ScoringResult } from './analyse.js';
import { labelledAccounts } from './compose-portfolio.js';
import { quadrantColors } from './quadrants.js';
import type { scoringTextData } from './text-data.js';
import { scoreText } from './weighted-table.js';

const PANEL_TITLE_H_IN = 0.3;
/** Room kept below the table for the quadrant summary and the reading notes. */
const SUMMARY_H_IN = 1.85;
const ROW_MAX_H_IN = 0.26;
const ROW_MIN_H_IN = 0.2;
const PANEL_PT = TYPE.tablePt - 1;
const COLUMN_WEIGHTS = [0.38, 2.7, 0.75];

type TextData = ReturnType<typeof scoringTextData>;

function topTable(result: ScoringResult, ctx: ComposeContext, area: Box): SlideElement {
  const { theme, text } = ctx;
  const colors = quadrantColors(theme);
  const accounts = labelledAccounts(result);
  const rowH = Math.max(ROW_MIN_H_IN, Math.min(ROW_MAX_H_IN, area.hIn / (accounts.length + 1)));
  const widths = columnWidths(COLUMN_WEIGHTS, area.wIn);
  const nameW = (widths[1] ?? 1) - 0.15;
  const header = [
    headerCell(text.render('scoring', 'panelColRank', {})),
    headerCell(text.render('scoring', 'panelColAccount', {}), 'left'),
    headerCell(text.render('scoring', 'panelColScore', {}), 'right'),
  ];
  const rows = accounts.map((account): TableCell[] => [
    {
      text: String(account.rank),
      bold: true,
      align: 'center',
      fill: colors[account.quadrant],
      color: theme.colors.light1,
    },
    { text: truncateToWidth(account.name, nameW, PANEL_PT) },
    { text: scoreText(ctx, account.combined), align: 'right' },
  ]);
  return {
    type: 'table',
    box: { ...area, hIn: rowH * (rows.length + 1) },
    columnWidthsIn: widths,
    rows: [header, ...rows],
    style: { ...tableStyle(theme, rowH), sizePt: PANEL_PT },
  };
}

function summaryRuns(data: TextData, ctx: ComposeContext): TextRun[] {
  const { theme, text } = ctx;
  const colors = quadrantColors(theme);
  const quadrantLines = data.quadrants.flatMap((summary): TextRun[] => [
    { text: '■ ', color: colors[summary.quadrant] },
    { text: summary.name, bold: true, color: colors[summary.quadrant] },
    {
      text: text.render('scoring', 'panelQuadrant', { ...data, summary }),
      breakLine: true,
    },
  ]);
  const reading = ['legendBubbles', 'legendLines', 'legendCombined'].map((part): TextRun => ({
    text: text.render('scoring', part, data),
    sizePt: TYPE.smallPt - 1,
    color: theme.neutrals.muted,
    breakLine: true,
  }));
  return [...quadrantLines, { text: ' ', sizePt: TYPE.smallPt - 2, breakLine: true }, ...reading];
}

export function panelElements(
  result: ScoringResult,
  data: TextData,
  ctx: ComposeContext,
  area: Box,
): SlideElement[] {
  const [titleArea, rest] = takeTop(area, PANEL_TITLE_H_IN, 0.04);
  const tableArea = { ...rest, hIn: rest.hIn - SUMMARY_H_IN - 0.15 };
  const table = topTable(result, ctx, tableArea);
  const summaryTop = table.box.yIn + table.box.hIn + 0.15;
  const summaryArea = { ...area, yIn: summaryTop, hIn: area.yIn + area.hIn - summaryTop };
  return [
    {
      type: 'text',
      box: titleArea,
      text: ctx.text.render('scoring', 'panelTitle', {
        count: labelledAccounts(result).length,
      }),
      style: bodyStyle(ctx.theme, {
        sizePt: TYPE.bodyPt - 1,
        bold: true,
        color: ctx.theme.colors.dark2,
        valign: 'bottom',
        insetIn: 0.02,
      }),
    },
    table,
    {
      type: 'text',
      box: summaryArea,
      text: summaryRuns(data, ctx),
      style: bodyStyle(ctx.theme, { sizePt: TYPE.smallPt, insetIn: 0.04, shrinkToFit: true }),
    },
  ];
}
