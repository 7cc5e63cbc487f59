/**
 * The priority list: accounts ranked by combined score with their quadrant, both dimension scores
 * and revenue; the top `listTopN` on the slide, every account in the notes.
 */
import { bodyStyle, contentSlide } from '../../compose/chrome.js';
import { bodyBox, TYPE } from '../../compose/layout.js';
import type { SlideElement, SlideSpec, TableCell } from '../../compose/spec.js';
import { columnWidths, headerCell, tableStyle } from '../../compose/tables.js';
import { textWidthIn, truncateToWidth } from '../../compose/text-fit.js';
import type { ComposeContext } from '../slide-module.js';
import type { ScoringResult } from './analyse.js';
import { quadrantColors } from './quadrants.js';
import { scoreText } from './weighted-table.js';
import { accountTexts, scoringTextData, type AccountText } from './text-data.js';

const ROW_MAX_H_IN = 0.3;
const FOOTNOTE_H_IN = 0.26;

interface Column {
  weight: number;
  header: string;
  align: TableCell['align'];
  cell: (account: AccountText) => TableCell;
}

function columns(result: ScoringResult, ctx: ComposeContext): Column[] {
  const { text, format, theme } = ctx;
  const colors = quadrantColors(theme);
  const score = (value: number): TableCell => ({ text: scoreText(ctx, value), align: 'right' });
  const all: (Column | undefined)[] = [
    {
      weight: 0.6,
      header: 'colRank',
      align: 'center',
      cell: (a) => ({ text: String(a.rank), align: 'center' }),
    },
    {
      weight: 4.4,
      header: 'colAccount',
      align: 'left',
      cell: (a) => ({ text: a.name }),
    },
    {
      weight: 2.7,
      header: 'colQuadrant',
      align: 'left',
      cell: (a) => ({ text: a.quadrantName, bold: true, color: colors[a.quadrant] }),
    },
    { weight: 1.1, header: 'colGrowth', align: 'right', cell: (a) => score(a.growth) },
    { weight: 1.1, header: 'colHarmony', align: 'right', cell: (a) => score(a.harmony) },
    {
      weight: 1.2,
      header: 'colCombined',
      align: 'right',
      cell: (a) => ({ ...score(a.combined), bold: true }),
    },
    result.equalBubbles
      ? undefined
      : {
          weight: 1.6,
          header: 'colRevenue',
          align: 'right',
          cell: (a) => ({ text: format.money(a.revenue), align: 'right' }),
        },
  ];
  return all
    .filter((column): column is Column => column !== undefined)
    .map((column) => ({
      ...column,
      header: text.render('scoring', column.header, { period: result.period }),
    }));
}

export function composePriority(result: ScoringResult, ctx: ComposeContext): SlideSpec {
  const data = scoringTextData(result, ctx);
  const shown = accountTexts(result, ctx, result.params.listTopN);
  const more = result.accounts.length - shown.length;
  const footnotes = [
    ...(more > 0 ? [ctx.text.render('scoring', 'listMore', { ...data, more })] : []),
    ...(shown.some((account) => account.partial)
      ? [ctx.text.render('scoring', 'partialMark', {})]
      : []),
  ];
  const area = bodyBox();
  const tableH = area.hIn - (footnotes.length > 0 ? FOOTNOTE_H_IN + 0.08 : 0);
  const rowH = Math.min(ROW_MAX_H_IN, tableH / (shown.length + 1));
  const cols = columns(result, ctx);
  const widths = columnWidths(
    cols.map((column) => column.weight),
    area.wIn,
  );
  const accountW = (widths[1] ?? 1) - 0.15;
  // Long names are shortened; the partial-scores mark is added after, so it always shows.
  const mark = (account: AccountText) => (account.partial ? ' *' : '');
  const rows = shown.map((account) =>
    cols.map((column, index) => {
      const cell = column.cell(account);
      if (index !== 1) return cell;
      const room = accountW - textWidthIn(mark(account), TYPE.tablePt);
      return { ...cell, text: truncateToWidth(cell.text, room, TYPE.tablePt) + mark(account) };
    }),
  );
  const tableBox = { ...area, hIn: rowH * (rows.length + 1) };
  const elements: SlideElement[] = [
    {
      type: 'table',
      box: tableBox,
      columnWidthsIn: widths,
      rows: [cols.map((column) => headerCell(column.header, column.align)), ...rows],
      style: tableStyle(ctx.theme, rowH),
    },
  ];
  if (footnotes.length > 0) {
    elements.push({
      type: 'text',
      box: { ...area, yIn: tableBox.yIn + tableBox.hIn + 0.08, hIn: FOOTNOTE_H_IN },
      text: footnotes.join('   '),
      style: bodyStyle(ctx.theme, {
        sizePt: TYPE.smallPt - 1,
        color: ctx.theme.neutrals.muted,
        insetIn: 0.02,
      }),
    });
  }
  const listData = { ...data, shownCount: shown.length, more };
  return contentSlide({
    kind: 'scoring',
    title: ctx.text.render('scoring', 'listTitle', listData),
    headline: ctx.text.render('scoring', 'listHeadline', listData),
    notes: ctx.text.render('scoring', 'listNotes', listData),
    theme: ctx.theme,
    elements,
  });
}
