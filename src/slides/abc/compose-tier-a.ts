/** The second ABC slide: the tier-A accounts of the last period, and the accounts that changed tier. */
import { boundedList, boundedMap, listLimit } from '../../compose/bounded-list.js';
import { bodyStyle, contentSlide } from '../../compose/chrome.js';
import { bodyBox, splitColumns, TYPE } from '../../compose/layout.js';
import type { Box, SlideElement, SlideSpec, TableCell } from '../../compose/spec.js';
import {
  columnWidths,
  fitColumns,
  headerCell,
  TABLE_ROW_H_IN,
  tableStyle,
} from '../../compose/tables.js';
import { truncateToWidth } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import type { AbcPeriod, AbcResult, TierMove } from './analyse.js';

/** Rows that fit the body at one-line row height, header included, leaving room for a "+ n more" line. */
const MAX_ROWS = 14;

/** Whether the notes list all `count` items or only the first `notesCount` (the list limit). */
function inNotes(count: number, ctx: ComposeContext) {
  const notesCount = Math.min(count, listLimit(ctx));
  return { allInNotes: notesCount === count, notesCount };
}

function moreLine(text: string, area: Box, rows: number, ctx: ComposeContext): SlideElement {
  return {
    type: 'text',
    box: { ...area, yIn: area.yIn + TABLE_ROW_H_IN * (rows + 1) + 0.05, hIn: 0.35 },
    text,
    style: bodyStyle(ctx.theme, { sizePt: TYPE.smallPt, color: ctx.theme.neutrals.muted }),
  };
}

function tierATable(
  last: AbcPeriod,
  first: AbcPeriod,
  ctx: ComposeContext,
  area: Box,
): SlideElement[] {
  const { theme, format, text } = ctx;
  const tierA = last.ranked.filter((item) => last.tiers[item.id] === 'A');
  const shown = tierA.slice(0, MAX_ROWS);
  const widths = columnWidths([0.45, 3.1, 1.15, 0.8, 0.95, 0.9], area.wIn);
  const nameW = (widths[1] ?? 3) - 0.15;
  const header = [
    '#',
    text.render('abc', 'colAccount', {}),
    text.render('abc', 'colRevenue', { period: last.period }),
    text.render('abc', 'colShare', {}),
    text.render('abc', 'colCumulative', {}),
    text.render('abc', 'colFirstTier', { period: first.period }),
  ].map((label, index) => headerCell(label, index === 1 ? 'left' : 'center'));
  const rows: TableCell[][] = shown.map((item) => {
    const before = first.tiers[item.id] ?? 'C';
    const moved = before !== 'A';
    return [
      { text: String(item.rank), align: 'center' },
      { text: truncateToWidth(item.name, nameW, TYPE.tablePt), align: 'left' },
      { text: format.money(item.value), align: 'right' },
      { text: format.percent(item.share, 1), align: 'right' },
      { text: format.percent(item.cumulativeShare, 1), align: 'right' },
      moved
        ? { text: `${before} ▲`, align: 'center', color: theme.status.good, bold: true }
        : { text: 'A', align: 'center' },
    ];
  });
  const fitted = fitColumns([header, ...rows], widths, 1);
  const elements: SlideElement[] = [
    {
      type: 'table',
      box: { ...area, hIn: TABLE_ROW_H_IN * (rows.length + 1) },
      columnWidthsIn: fitted.widths,
      rows: fitted.rows,
      style: tableStyle(theme),
    },
  ];
  const more = tierA.length - shown.length;
  if (more > 0) {
    const line = text.render('abc', 'moreAccounts', { more, ...inNotes(tierA.length, ctx) });
    elements.push(moreLine(line, area, rows.length, ctx));
  }
  return elements;
}

function moverRow(move: TierMove, ctx: ComposeContext, nameW: number): TableCell[] {
  const { theme, format } = ctx;
  const up = move.to < move.from; // 'A' < 'B': a lower letter is a higher tier
  return [
    { text: truncateToWidth(move.name, nameW, TYPE.tablePt), align: 'left' },
    {
      text: `${move.from} → ${move.to}`,
      align: 'center',
      bold: true,
      color: up ? theme.status.good : theme.status.bad,
    },
    { text: format.money(move.fromRevenue), align: 'right' },
    { text: format.money(move.toRevenue), align: 'right' },
  ];
}

function moversTable(result: AbcResult, ctx: ComposeContext, area: Box): SlideElement[] {
  const migration = result.migration;
  const { text, theme } = ctx;
  if (migration === undefined)
    return [
      {
        type: 'text',
        box: { ...area, hIn: 0.8 },
        text: text.render('abc', 'noMovers', {}),
        style: bodyStyle(theme),
      },
    ];
  const moves = [...migration.upgrades, ...migration.downgrades];
  if (moves.length === 0)
    return [
      {
        type: 'text',
        box: { ...area, hIn: 0.8 },
        text: text.render('abc', 'noMovers', migration),
        style: bodyStyle(theme),
      },
    ];
  const shown = moves.slice(0, MAX_ROWS);
  const widths = columnWidths([2.3, 0.8, 0.9, 0.9], area.wIn);
  const header = [
    text.render('abc', 'colMover', migration),
    text.render('abc', 'colMove', {}),
    migration.from,
    migration.to,
  ].map((label, index) => headerCell(label, index === 0 ? 'left' : 'center'));
  const rows = shown.map((move) => moverRow(move, ctx, (widths[0] ?? 2) - 0.15));
  const fitted = fitColumns([header, ...rows], widths, 0);
  const elements: SlideElement[] = [
    {
      type: 'table',
      box: { ...area, hIn: TABLE_ROW_H_IN * (rows.length + 1) },
      columnWidthsIn: fitted.widths,
      rows: fitted.rows,
      style: tableStyle(theme),
    },
  ];
  const more = moves.length - shown.length;
  if (more > 0) {
    const line = text.render('abc', 'moreMovers', { more, ...inNotes(moves.length, ctx) });
    elements.push(moreLine(line, area, rows.length, ctx));
  }
  return elements;
}

export function composeTierASlide(result: AbcResult, ctx: ComposeContext): SlideSpec | undefined {
  const last = result.periods.at(-1);
  const first = result.periods[0];
  if (last === undefined || first === undefined) return undefined;
  const [left, right] = splitColumns(bodyBox(), [1.45, 1]);
  if (left === undefined || right === undefined) return undefined;
  const tierA = last.ranked.filter((item) => last.tiers[item.id] === 'A');
  const limit = listLimit(ctx);
  const moves = result.migration
    ? [...result.migration.upgrades, ...result.migration.downgrades]
    : [];
  const data = {
    period: last.period,
    firstPeriod: first.period,
    count: tierA.length,
    revenueShare: last.summary[0]?.revenueShare ?? 0,
    source: ctx.source,
    accounts: boundedMap(
      tierA,
      (item) => ({ ...item, firstTier: first.tiers[item.id] ?? 'C' }),
      limit,
    ),
    moves: boundedList(moves, limit),
  };
  return contentSlide({
    kind: 'abc',
    title: ctx.text.render('abc', 'tierATitle', data),
    headline: ctx.text.render('abc', 'tierAHeadline', data),
    notes: ctx.text.render('abc', 'tierANotes', data),
    theme: ctx.theme,
    elements: [...tierATable(last, first, ctx, left), ...moversTable(result, ctx, right)],
  });
}
