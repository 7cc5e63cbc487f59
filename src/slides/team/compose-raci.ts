/**
 * The RACI matrix slide(s): a native table — activities down, people or roles across, letters in
 * coloured cells (A darkest, then R, C, I) — and a check column flagging activities with no A,
 * several A or no R. Many activities continue on further slides; many columns are split into
 * groups, one slide each, with the activity and check columns repeated.
 */
import { bodyStyle, contentSlide } from '../../compose/chrome.js';
import { bodyBox, LAYOUT } from '../../compose/layout.js';
import type { Box, SlideElement, SlideSpec, TableCell, TextRun } from '../../compose/spec.js';
import { headerCell, tableStyle } from '../../compose/tables.js';
import { truncateToLines } from '../../compose/text-fit.js';
import type { RaciLetter } from '../../model/team.js';
import type { ComposeContext } from '../slide-module.js';
import type { RaciColumnResult, RaciResult, RaciRow } from './analyse-raci.js';
import { raciSlideText } from './raci-text.js';
import { formatLetters } from './raci-codes.js';
import {
  balancedChunks,
  columnWidths,
  fitHeaderParts,
  fitHeaders,
  linesPerRow,
  maxPersonColumns,
  RACI_MEASURES,
  rowHeightIn,
} from './raci-layout.js';

export interface RaciPage {
  rows: RaciRow[];
  /** Indexes into the result's columns shown on this slide. */
  columns: number[];
  /** 1-based position among the matrix slides. */
  page: number;
  pages: number;
}

export function raciPages(result: RaciResult, rowsPerSlide: number, tableWIn: number): RaciPage[] {
  const rowChunks = balancedChunks(result.rows, rowsPerSlide);
  const columnGroups = balancedChunks(
    result.columns.map((_, index) => index),
    maxPersonColumns(tableWIn),
  );
  const groups = columnGroups.length === 0 ? [[]] : columnGroups;
  const pages = rowChunks.flatMap((rows) => groups.map((columns) => ({ rows, columns })));
  return pages.map((page, index) => ({ ...page, page: index + 1, pages: pages.length }));
}

/** The header of a person or role column: the header as written, and who it stands for. */
function columnHeader(column: RaciColumnResult, ctx: ComposeContext): string[] {
  const subline =
    column.kind === 'person'
      ? column.role
      : column.kind === 'role'
        ? column.people.length === 1
          ? column.people[0]
          : ctx.text.render('team', 'raciHeaderPeople', { count: column.people.length })
        : undefined;
  return subline === undefined || subline === '' ? [column.header] : [column.header, subline];
}

function letterCell(letters: readonly RaciLetter[], ctx: ComposeContext): TableCell {
  const { colors, neutrals } = ctx.theme;
  const text = formatLetters(letters);
  if (letters.includes('A'))
    return { text, align: 'center', bold: true, fill: colors.dark2, color: colors.light1 };
  if (letters.includes('R'))
    return { text, align: 'center', bold: true, fill: colors.accent1, color: colors.light1 };
  if (letters.includes('C'))
    return { text, align: 'center', fill: colors.light2, color: colors.dark1 };
  return { text, align: 'center', color: neutrals.muted };
}

function checkCell(row: RaciRow, ctx: ComposeContext): TableCell {
  const { theme, text } = ctx;
  if (row.flags.length === 0)
    return {
      text: text.render('team', 'raciCheckOk', {}),
      align: 'center',
      color: theme.neutrals.muted,
    };
  const data = {
    noA: row.flags.includes('noAccountable'),
    severalA: row.flags.includes('severalAccountable'),
    noR: row.flags.includes('noResponsible'),
    count: row.accountable.length,
  };
  return {
    text: text.render('team', 'raciCheckFlag', data),
    align: 'center',
    bold: true,
    color: theme.status.bad,
  };
}

function legend(ctx: ComposeContext, area: Box): SlideElement {
  const { theme, text } = ctx;
  const { colors, status, neutrals } = theme;
  const item = (key: string, color: string, part: string): TextRun[] => [
    { text: key, bold: true, color },
    { text: ` ${text.render('team', part, {})}     `, color: neutrals.muted },
  ];
  return {
    type: 'text',
    box: area,
    text: [
      ...item('R', colors.accent1, 'legendR'),
      ...item('A', colors.dark2, 'legendA'),
      ...item('C', colors.dark1, 'legendC'),
      ...item('I', neutrals.muted, 'legendI'),
      ...item(text.render('team', 'raciCheckHeader', {}), status.bad, 'legendCheck'),
    ],
    style: bodyStyle(theme, { sizePt: 9, valign: 'middle' }),
  };
}

function raciTable(
  result: RaciResult,
  page: RaciPage,
  ctx: ComposeContext,
  area: Box,
  /** Rows the tallest page holds: every page gets the same row height. */
  rowsToFit: number,
) {
  const widths = columnWidths(area.wIn, page.columns.length);
  const columns = page.columns.flatMap((index) => result.columns[index] ?? []);
  const headers = columns.map((column) => columnHeader(column, ctx));
  const fit = fitHeaders(headers, widths.personWIn);
  const rowH = rowHeightIn(area.hIn - fit.heightIn, rowsToFit, fit.sizePt);
  const activityLines = linesPerRow(rowH, fit.sizePt);
  const textW = (wIn: number) => wIn - RACI_MEASURES.cellPadWIn;
  const header: TableCell[] = [
    headerCell(ctx.text.render('team', 'raciActivityHeader', {}), 'left'),
    ...headers.map((parts) =>
      headerCell(fitHeaderParts(parts, textW(widths.personWIn), fit.sizePt, fit.lines).join('\n')),
    ),
    headerCell(ctx.text.render('team', 'raciCheckHeader', {})),
  ];
  const body = page.rows.map((row): TableCell[] => [
    {
      text: truncateToLines(row.activity, textW(widths.activityWIn), fit.sizePt, activityLines),
      align: 'left',
    },
    ...page.columns.map((index) => letterCell(row.letters[index] ?? [], ctx)),
    checkCell(row, ctx),
  ]);
  const rowHeights = [fit.heightIn, ...body.map(() => rowH)];
  return {
    type: 'table' as const,
    box: { ...area, wIn: widths.tableWIn, hIn: rowHeights.reduce((sum, h) => sum + h, 0) },
    columnWidthsIn: [widths.activityWIn, ...columns.map(() => widths.personWIn), widths.checkWIn],
    rows: [header, ...body],
    rowHeightsIn: rowHeights,
    style: { ...tableStyle(ctx.theme, rowH), sizePt: fit.sizePt },
  };
}

export function composeRaci(
  result: RaciResult,
  rowsPerSlide: number,
  ctx: ComposeContext,
): SlideSpec[] {
  const body = bodyBox();
  const gap = LAYOUT.gapIn / 2;
  const tableArea = { ...body, hIn: body.hIn - RACI_MEASURES.legendHIn - gap };
  const pages = raciPages(result, rowsPerSlide, tableArea.wIn);
  const rowsToFit = Math.max(1, ...pages.map((page) => page.rows.length));
  return pages.map((page) => {
    const text = raciSlideText(result, page, ctx);
    const table = raciTable(result, page, ctx, tableArea, rowsToFit);
    // The legend sits right under the table, wherever the table ends.
    const legendArea = {
      ...body,
      yIn: table.box.yIn + table.box.hIn + gap,
      hIn: RACI_MEASURES.legendHIn,
    };
    return contentSlide({
      kind: 'team',
      title: text.title,
      headline: text.headline,
      notes: text.notes,
      theme: ctx.theme,
      elements: [table, legend(ctx, legendArea)],
    });
  });
}
