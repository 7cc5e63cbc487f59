/**
 * One weighted table: a dimension's criteria (rows) × accounts (columns), the weights column and
 * the weighted-score row; account names wrap to two lines in a taller header row.
 */
import { bodyStyle } from '../../compose/chrome.js';
import { TYPE } from '../../compose/layout.js';
import type { Box, TableCell, TableElement, TextElement } from '../../compose/spec.js';
import { headerCell, tableStyle } from '../../compose/tables.js';
import { textWidthIn, truncateToWidth } from '../../compose/text-fit.js';
import type { Dimension } from '../../model/scoring.js';
import type { ComposeContext } from '../slide-module.js';
import type { ScoredAccount, ScoringResult } from './analyse.js';
import { headerHeightIn, type TablePlan } from './table-plan.js';
import { wrapToLines } from './text-lines.js';

const CRITERION_W_IN = 2.3;
const WEIGHT_W_IN = 0.7;
const ACCOUNTS_PER_TABLE = 8;
/** Text room lost to cell margins and borders. */
const CELL_PAD_IN = 0.13;

/**
 * A weighted score with one decimal always, so a column of them lines up: 7.0, 7.5. Binary noise
 * is cleaned first, so the worked check's 2.9499999999999997 (= 2.95) shows as 3.0.
 */
export function scoreText(ctx: ComposeContext, value: number): string {
  return oneDecimal(ctx.format.locale).format(Number(value.toPrecision(12)));
}

/** One formatter per locale: building an Intl.NumberFormat per score cell was a hot spot. */
const oneDecimalFormats = new Map<string, Intl.NumberFormat>();

function oneDecimal(locale: string): Intl.NumberFormat {
  let format = oneDecimalFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    oneDecimalFormats.set(locale, format);
  }
  return format;
}

/** 15% as "15%", 12.5% as "12.5%". */
export function weightText(ctx: ComposeContext, weight: number): string {
  const points = weight * 100;
  return ctx.format.percent(weight, Math.abs(points - Math.round(points)) < 1e-9 ? 0 : 1);
}

function scoreCell(ctx: ComposeContext, score: number | null): TableCell {
  return score === null
    ? { text: '–', align: 'center', color: ctx.theme.neutrals.muted }
    : { text: ctx.format.number(score, 1), align: 'center' };
}

export function dimensionTable(
  result: ScoringResult,
  page: readonly ScoredAccount[],
  dimension: Dimension,
  area: Box,
  plan: TablePlan,
  ctx: ComposeContext,
): TableElement {
  const { theme, text } = ctx;
  const accountW = (area.wIn - CRITERION_W_IN - WEIGHT_W_IN) / ACCOUNTS_PER_TABLE;
  const members = result.criteria
    .map((criterion, index) => ({ criterion, index }))
    .filter(({ criterion }) => criterion.dimension === dimension);
  // Cutting a single row would only replace it with the "+1 more" row: show it instead.
  const shown =
    members.length <= plan.maxCriteria + 1 ? members : members.slice(0, plan.maxCriteria);
  const cut = members.slice(shown.length);
  const names = page.map((account) => {
    // The partial-scores mark follows the last line, which leaves room for it: it always shows.
    const mark = account.missing.length > 0 ? '*' : '';
    const room = accountW - CELL_PAD_IN - textWidthIn(mark, TYPE.tablePt, true);
    return wrapToLines(account.name, room, TYPE.tablePt, plan.headerLines, true) + mark;
  });
  // The header row is as tall as the longest name needs, up to the plan's lines.
  const headerH = headerHeightIn(Math.max(1, ...names.map((name) => name.split('\n').length)));
  const header = [
    headerCell(text.render('scoring', 'colCriterion', { dimension }), 'left'),
    headerCell(text.render('scoring', 'colWeight', {})),
    ...names.map((name) => headerCell(name)),
  ];
  const criterionRows = shown.map(({ criterion, index }): TableCell[] => [
    { text: truncateToWidth(criterion.name, CRITERION_W_IN - CELL_PAD_IN, TYPE.tablePt) },
    { text: weightText(ctx, criterion.weight), align: 'center' },
    ...page.map((account) => scoreCell(ctx, account.scores[index] ?? null)),
  ]);
  const cutRow: TableCell[] = [
    {
      text: text.render('scoring', 'moreCriteria', { more: cut.length }),
      color: theme.neutrals.muted,
    },
    {
      text: weightText(
        ctx,
        cut.reduce((sum, { criterion }) => sum + criterion.weight, 0),
      ),
      align: 'center',
    },
    ...page.map((): TableCell => ({ text: '' })),
  ];
  const surface = theme.neutrals.surface;
  const weightedRow: TableCell[] = [
    { text: text.render('scoring', 'rowWeighted', { dimension }), bold: true, fill: surface },
    { text: weightText(ctx, 1), align: 'center', bold: true, fill: surface },
    ...page.map((account): TableCell => ({
      text: scoreText(ctx, dimension === 'Growth' ? account.growth : account.harmony),
      align: 'center',
      bold: true,
      fill: surface,
    })),
  ];
  const rows = [header, ...criterionRows, ...(cut.length > 0 ? [cutRow] : []), weightedRow];
  const widths = [CRITERION_W_IN, WEIGHT_W_IN, ...page.map(() => accountW)];
  return {
    type: 'table',
    box: {
      xIn: area.xIn,
      yIn: area.yIn,
      wIn: widths.reduce((sum, w) => sum + w, 0),
      hIn: headerH + plan.rowH * (rows.length - 1),
    },
    columnWidthsIn: widths,
    rows,
    rowHeightsIn: [headerH, ...rows.slice(1).map(() => plan.rowH)],
    style: tableStyle(theme, plan.rowH),
  };
}

/**
 * The note under the tables: partial scores on this page, accounts beyond the tables (`more`, on
 * the last page; 0 elsewhere). `data` is the slide's text data.
 */
export function tableFootnote(
  page: readonly ScoredAccount[],
  data: { more: number },
  ctx: ComposeContext,
): TextElement | undefined {
  const parts = [
    ...(page.some((account) => account.missing.length > 0)
      ? [ctx.text.render('scoring', 'partialMark', {})]
      : []),
    ...(data.more > 0 ? [ctx.text.render('scoring', 'tablesMore', data)] : []),
  ];
  if (parts.length === 0) return undefined;
  return {
    type: 'text',
    box: { xIn: 0, yIn: 0, wIn: 1, hIn: 1 },
    text: parts.join('   '),
    style: bodyStyle(ctx.theme, {
      sizePt: TYPE.smallPt - 1,
      color: ctx.theme.neutrals.muted,
      insetIn: 0.02,
    }),
  };
}
